package com.buddyverse.club.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.buddyverse.club.domain.ClubCategory;
import com.buddyverse.club.domain.ClubCommand;

record ClubForm(@NotBlank(message = "{club.name.required}") @Size(max = 50, message = "{club.name.size}") String name,
		@NotNull(message = "{club.category.required}") ClubCategory category,
		@NotBlank(message = "{club.description.required}") @Size(max = 5000,
				message = "{club.description.size}") String description) {

	static ClubForm empty() {
		return new ClubForm("", null, "");
	}

	static ClubForm of(ClubCommand command) {
		return new ClubForm(command.name(), command.category(), command.description());
	}

	ClubCommand toCommand() {
		return new ClubCommand(this.name.strip(), this.category, this.description.strip());
	}

}
