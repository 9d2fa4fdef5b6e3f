package com.buddyverse.socialing.domain;

import java.time.Instant;

public record MeetupCommand(String title, String description, String place, Instant startsAt, int capacity) {

}
