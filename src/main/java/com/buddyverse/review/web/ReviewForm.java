package com.buddyverse.review.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.buddyverse.review.domain.ReviewCommand;

record ReviewForm(
		@NotBlank(message = "{review.title.required}") @Size(max = 100, message = "{review.title.size}") String title,
		@NotBlank(message = "{review.content.required}") @Size(max = 20000,
				message = "{review.content.size}") String content,
		@NotNull(message = "{review.rating.range}") @Min(value = 1, message = "{review.rating.range}") @Max(value = 5,
				message = "{review.rating.range}") Integer rating) {

	static ReviewForm empty() {
		return new ReviewForm("", "", 5);
	}

	static ReviewForm of(ReviewCommand command) {
		return new ReviewForm(command.title(), command.content(), command.rating());
	}

	ReviewCommand toCommand() {
		return new ReviewCommand(this.title.strip(), this.content.strip(), this.rating);
	}

}
