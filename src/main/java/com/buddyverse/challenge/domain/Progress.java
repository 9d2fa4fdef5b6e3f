package com.buddyverse.challenge.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A participant's progress: days checked in over days of the challenge elapsed so far
 * (today included once the challenge has started).
 */
public record Progress(int checkedIn, int elapsed, boolean checkedInToday) {

	static Progress of(int checkedIn, LocalDate start, LocalDate end, LocalDate today, boolean checkedInToday) {
		return new Progress(checkedIn, daysElapsed(start, end, today), checkedInToday);
	}

	static int daysElapsed(LocalDate start, LocalDate end, LocalDate today) {
		if (today.isBefore(start)) {
			return 0;
		}
		LocalDate last = today.isAfter(end) ? end : today;
		return (int) ChronoUnit.DAYS.between(start, last) + 1;
	}

	public int percent() {
		return (this.elapsed > 0) ? Math.min(100, this.checkedIn * 100 / this.elapsed) : 0;
	}

}
