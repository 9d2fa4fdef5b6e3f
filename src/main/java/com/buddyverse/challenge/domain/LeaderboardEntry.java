package com.buddyverse.challenge.domain;

public record LeaderboardEntry(long memberId, String displayName, int checkInCount) {

}
