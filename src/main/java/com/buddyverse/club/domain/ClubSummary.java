package com.buddyverse.club.domain;

import java.time.Instant;

/**
 * A club in a list; {@code thumbnailPath} is relative to /media and null without a cover.
 */
public record ClubSummary(long id, String name, ClubCategory category, String ownerName, int memberCount,
		String thumbnailPath, Instant createdAt) {

}
