package com.buddyverse.review.domain;

import java.time.Instant;

/**
 * A review in a list; {@code thumbnailPath} is relative to /media and null without
 * photos.
 */
public record ReviewSummary(long id, String title, String authorName, Instant createdAt, int rating,
		String thumbnailPath) {

}
