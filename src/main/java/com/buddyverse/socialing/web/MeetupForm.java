package com.buddyverse.socialing.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.buddyverse.common.TimeFormat;
import com.buddyverse.socialing.domain.MeetupCommand;
import com.buddyverse.socialing.domain.SocialingService;

import org.springframework.format.annotation.DateTimeFormat;

/** A meetup as the host types it; the date-time is Seoul wall-clock time. */
record MeetupForm(
		@NotBlank(message = "{socialing.title.required}") @Size(max = 100,
				message = "{socialing.title.size}") String title,
		@NotBlank(message = "{socialing.description.required}") @Size(max = 5000,
				message = "{socialing.description.size}") String description,
		@NotBlank(message = "{socialing.place.required}") @Size(max = 100,
				message = "{socialing.place.size}") String place,
		@NotNull(message = "{socialing.startsAt.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull(message = "{socialing.capacity.range}") @Min(value = SocialingService.MIN_CAPACITY,
				message = "{socialing.capacity.range}") @Max(value = SocialingService.MAX_CAPACITY,
						message = "{socialing.capacity.range}") Integer capacity) {

	static MeetupForm empty() {
		return new MeetupForm("", "", "", null, 4);
	}

	static MeetupForm of(MeetupCommand command) {
		return new MeetupForm(command.title(), command.description(), command.place(),
				LocalDateTime.ofInstant(command.startsAt(), TimeFormat.SEOUL), command.capacity());
	}

	MeetupCommand toCommand() {
		return new MeetupCommand(this.title.strip(), this.description.strip(), this.place.strip(),
				this.startsAt.atZone(TimeFormat.SEOUL).toInstant(), this.capacity);
	}

}
