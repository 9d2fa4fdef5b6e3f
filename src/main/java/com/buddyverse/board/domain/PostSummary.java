package com.buddyverse.board.domain;

import java.time.Instant;

public record PostSummary(long id, String title, String authorName, Instant createdAt, int commentCount) {

}
