package com.buddyverse.challenge.domain;

import java.time.LocalDate;

/** A challenge as its owner writes it; both dates are Seoul calendar days, inclusive. */
public record ChallengeCommand(String title, String description, LocalDate startDate, LocalDate endDate) {

}
