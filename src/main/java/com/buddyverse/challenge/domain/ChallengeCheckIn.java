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
@Table(name = "challenge_check_in")
public class ChallengeCheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "challenge_id", nullable = false)
	private long challengeId;

	@Column(name = "member_id", nullable = false)
	private long memberId;

	@Column(name = "check_in_date", nullable = false)
	private LocalDate checkInDate;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ChallengeCheckIn() {
	}

	ChallengeCheckIn(long challengeId, long memberId, LocalDate checkInDate, Instant createdAt) {
		this.challengeId = challengeId;
		this.memberId = memberId;
		this.checkInDate = checkInDate;
		this.createdAt = createdAt;
	}

}
