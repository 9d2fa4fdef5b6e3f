package com.buddyverse.challenge.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.buddyverse.challenge.domain.ChallengeCommand;

import org.springframework.format.annotation.DateTimeFormat;

record ChallengeForm(
		@NotBlank(message = "{challenge.title.required}") @Size(max = 100,
				message = "{challenge.title.size}") String title,
		@NotBlank(message = "{challenge.description.required}") @Size(max = 5000,
				message = "{challenge.description.size}") String description,
		@NotNull(message = "{challenge.startDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull(message = "{challenge.endDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

	static ChallengeForm startingOn(LocalDate start) {
		return new ChallengeForm("", "", start, start.plusDays(6));
	}

	static ChallengeForm of(ChallengeCommand command) {
		return new ChallengeForm(command.title(), command.description(), command.startDate(), command.endDate());
	}

	ChallengeCommand toCommand() {
		return new ChallengeCommand(this.title.strip(), this.description.strip(), this.startDate, this.endDate);
	}

}
