package com.buddyverse.socialing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A meetup. Its {@code attendeeCount} is never written through this entity: seats are
 * taken and released by guarded UPDATE statements in {@link MeetupRepository}.
 */
@Entity
@Table(name = "meetup")
public class Meetup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "host_id", nullable = false)
	private long hostId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, columnDefinition = "text")
	private String description;

	@Column(nullable = false, length = 100)
	private String place;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private int capacity;

	@Column(name = "attendee_count", nullable = false, insertable = false, updatable = false)
	private int attendeeCount;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Meetup() {
	}

	Meetup(long hostId, MeetupCommand command, Instant now) {
		this.hostId = hostId;
		apply(command);
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	boolean isHostedBy(long memberId) {
		return this.hostId == memberId;
	}

	int getAttendeeCount() {
		return this.attendeeCount;
	}

	/** Closed to changes: cancelled, or already started. */
	boolean isClosedAt(Instant now) {
		return this.cancelledAt != null || !this.startsAt.isAfter(now);
	}

	boolean isCancelled() {
		return this.cancelledAt != null;
	}

	MeetupCommand toCommand() {
		return new MeetupCommand(this.title, this.description, this.place, this.startsAt, this.capacity);
	}

	void edit(MeetupCommand command, Instant now) {
		apply(command);
		this.updatedAt = now;
	}

	void cancel(Instant now) {
		this.cancelledAt = now;
		this.updatedAt = now;
	}

	private void apply(MeetupCommand command) {
		this.title = command.title();
		this.description = command.description();
		this.place = command.place();
		this.startsAt = command.startsAt();
		this.capacity = command.capacity();
	}

}
