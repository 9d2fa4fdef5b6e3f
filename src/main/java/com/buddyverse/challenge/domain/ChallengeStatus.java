package com.buddyverse.challenge.domain;

import java.time.LocalDate;

public enum ChallengeStatus {

	UPCOMING, ACTIVE, ENDED;

	static ChallengeStatus of(LocalDate start, LocalDate end, LocalDate today) {
		if (today.isBefore(start)) {
			return UPCOMING;
		}
		return today.isAfter(end) ? ENDED : ACTIVE;
	}

	public String messageKey() {
		return "challenge.status." + name();
	}

}
