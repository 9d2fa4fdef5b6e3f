package com.buddyverse.challenge.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "challenge_participant")
public class ChallengeParticipant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "challenge_id", nullable = false)
	private long challengeId;

	@Column(name = "member_id", nullable = false)
	private long memberId;

	@Column(name = "check_in_count", nullable = false)
	private int checkInCount;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected ChallengeParticipant() {
	}

	ChallengeParticipant(long challengeId, long memberId, Instant joinedAt) {
		this.challengeId = challengeId;
		this.memberId = memberId;
		this.joinedAt = joinedAt;
	}

	int getCheckInCount() {
		return this.checkInCount;
	}

}
