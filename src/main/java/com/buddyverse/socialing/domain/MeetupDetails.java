package com.buddyverse.socialing.domain;

import java.time.Instant;
import java.util.List;

/** A meetup page: the meetup, its status right now and who is coming. */
public record MeetupDetails(long id, long hostId, String hostName, String title, String description, String place,
		Instant startsAt, int capacity, int attendeeCount, Instant cancelledAt, MeetupStatus status,
		List<AttendeeView> attendees) {

	public MeetupDetails(long id, long hostId, String hostName, String title, String description, String place,
			Instant startsAt, int capacity, int attendeeCount, Instant cancelledAt) {
		this(id, hostId, hostName, title, description, place, startsAt, capacity, attendeeCount, cancelledAt, null,
				List.of());
	}

	MeetupDetails at(Instant now, List<AttendeeView> attendees) {
		MeetupStatus status;
		if (this.cancelledAt != null) {
			status = MeetupStatus.CANCELLED;
		}
		else if (!this.startsAt.isAfter(now)) {
			status = MeetupStatus.CLOSED;
		}
		else {
			status = (this.attendeeCount >= this.capacity) ? MeetupStatus.FULL : MeetupStatus.OPEN;
		}
		return new MeetupDetails(this.id, this.hostId, this.hostName, this.title, this.description, this.place,
				this.startsAt, this.capacity, this.attendeeCount, this.cancelledAt, status, attendees);
	}

	public boolean isHostedBy(Long memberId) {
		return memberId != null && memberId == this.hostId;
	}

	public boolean isAttendedBy(Long memberId) {
		return memberId != null && this.attendees.stream().anyMatch((attendee) -> attendee.memberId() == memberId);
	}

	public int seatsLeft() {
		return Math.max(0, this.capacity - this.attendeeCount);
	}

}
