package com.buddyverse.challenge.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A challenge page: the challenge, its status today, the leaderboard and, for a
 * participant looking at it, their own progress ({@code null} otherwise).
 */
public record ChallengeDetails(long id, long ownerId, String ownerName, String title, String description,
		LocalDate startDate, LocalDate endDate, int participantCount, Instant createdAt, ChallengeStatus status,
		int daysElapsed, List<LeaderboardEntry> leaderboard, Progress myProgress) {

	public ChallengeDetails(long id, long ownerId, String ownerName, String title, String description,
			LocalDate startDate, LocalDate endDate, int participantCount, Instant createdAt) {
		this(id, ownerId, ownerName, title, description, startDate, endDate, participantCount, createdAt, null, 0,
				List.of(), null);
	}

	ChallengeDetails with(LocalDate today, List<LeaderboardEntry> leaderboard, Progress myProgress) {
		return new ChallengeDetails(this.id, this.ownerId, this.ownerName, this.title, this.description, this.startDate,
				this.endDate, this.participantCount, this.createdAt,
				ChallengeStatus.of(this.startDate, this.endDate, today),
				Progress.daysElapsed(this.startDate, this.endDate, today), leaderboard, myProgress);
	}

	public boolean isOwnedBy(Long memberId) {
		return memberId != null && memberId == this.ownerId;
	}

	public boolean isJoined() {
		return this.myProgress != null;
	}

	/** Share of elapsed days a leaderboard entry checked in, in percent. */
	public int percentOf(LeaderboardEntry entry) {
		return new Progress(entry.checkInCount(), this.daysElapsed, false).percent();
	}

}
