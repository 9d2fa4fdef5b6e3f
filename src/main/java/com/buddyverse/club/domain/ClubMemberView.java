package com.buddyverse.club.domain;

import java.time.Instant;

public record ClubMemberView(long memberId, String displayName, Instant joinedAt) {

}
