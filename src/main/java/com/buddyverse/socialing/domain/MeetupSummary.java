package com.buddyverse.socialing.domain;

import java.time.Instant;

public record MeetupSummary(long id, String title, String place, Instant startsAt, int capacity, int attendeeCount,
		String hostName) {

	public boolean isFull() {
		return this.attendeeCount >= this.capacity;
	}

}
