package com.buddyverse.board.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.buddyverse.board.domain.PostCommand;

record PostForm(
		@NotBlank(message = "{board.title.required}") @Size(max = 100, message = "{board.title.size}") String title,
		@NotBlank(message = "{board.content.required}") @Size(max = 20000,
				message = "{board.content.size}") String content) {

	static PostForm empty() {
		return new PostForm("", "");
	}

	static PostForm of(PostCommand command) {
		return new PostForm(command.title(), command.content());
	}

	PostCommand toCommand() {
		return new PostCommand(this.title.strip(), this.content.strip());
	}

}
