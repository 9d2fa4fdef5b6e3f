package com.buddyverse.board.domain;

import java.time.Instant;

public record CommentView(long id, long authorId, String authorName, String content, Instant createdAt) {

	public boolean isWrittenBy(Long memberId) {
		return memberId != null && memberId == this.authorId;
	}

}
