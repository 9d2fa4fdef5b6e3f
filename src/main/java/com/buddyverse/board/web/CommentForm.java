package com.buddyverse.board.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CommentForm(@NotBlank(message = "{board.comment.required}") @Size(max = 1000,
		message = "{board.comment.size}") String content) {

	static CommentForm empty() {
		return new CommentForm("");
	}

}
