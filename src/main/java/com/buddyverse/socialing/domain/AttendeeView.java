package com.buddyverse.socialing.domain;

public record AttendeeView(long memberId, String displayName) {

}
