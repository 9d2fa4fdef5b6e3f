package com.buddyverse.challenge.domain;

import java.time.LocalDate;

public record ChallengeSummary(long id, String title, String ownerName, LocalDate startDate, LocalDate endDate,
		int participantCount, ChallengeStatus status) {

	public ChallengeSummary(long id, String title, String ownerName, LocalDate startDate, LocalDate endDate,
			int participantCount) {
		this(id, title, ownerName, startDate, endDate, participantCount, null);
	}

	ChallengeSummary on(LocalDate today) {
		return new ChallengeSummary(this.id, this.title, this.ownerName, this.startDate, this.endDate,
				this.participantCount, ChallengeStatus.of(this.startDate, this.endDate, today));
	}

}
