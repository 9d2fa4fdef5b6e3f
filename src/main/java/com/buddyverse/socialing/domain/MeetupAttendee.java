package com.buddyverse.socialing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "meetup_attendee")
public class MeetupAttendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meetup_id", nullable = false)
	private long meetupId;

	@Column(name = "member_id", nullable = false)
	private long memberId;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected MeetupAttendee() {
	}

	MeetupAttendee(long meetupId, long memberId, Instant joinedAt) {
		this.meetupId = meetupId;
		this.memberId = memberId;
		this.joinedAt = joinedAt;
	}

}
