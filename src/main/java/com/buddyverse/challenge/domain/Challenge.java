package com.buddyverse.challenge.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "challenge")
public class Challenge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, columnDefinition = "text")
	private String description;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "participant_count", nullable = false)
	private int participantCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Challenge() {
	}

	Challenge(long ownerId, ChallengeCommand command, Instant now) {
		this.ownerId = ownerId;
		apply(command);
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	boolean isOwnedBy(long memberId) {
		return this.ownerId == memberId;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	ChallengeStatus statusOn(LocalDate today) {
		return ChallengeStatus.of(this.startDate, this.endDate, today);
	}

	ChallengeCommand toCommand() {
		return new ChallengeCommand(this.title, this.description, this.startDate, this.endDate);
	}

	void edit(ChallengeCommand command, Instant now) {
		apply(command);
		this.updatedAt = now;
	}

	private void apply(ChallengeCommand command) {
		this.title = command.title();
		this.description = command.description();
		this.startDate = command.startDate();
		this.endDate = command.endDate();
	}

}
