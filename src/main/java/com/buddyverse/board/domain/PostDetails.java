package com.buddyverse.board.domain;

import java.time.Instant;
import java.util.List;

public record PostDetails(long id, long authorId, String authorName, String title, String content, Instant createdAt,
		Instant updatedAt, List<CommentView> comments) {

	public PostDetails(long id, long authorId, String authorName, String title, String content, Instant createdAt,
			Instant updatedAt) {
		this(id, authorId, authorName, title, content, createdAt, updatedAt, List.of());
	}

	PostDetails withComments(List<CommentView> comments) {
		return new PostDetails(this.id, this.authorId, this.authorName, this.title, this.content, this.createdAt,
				this.updatedAt, comments);
	}

	public boolean isWrittenBy(Long memberId) {
		return memberId != null && memberId == this.authorId;
	}

}
