package com.buddyverse.board.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "post_comment")
public class PostComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Column(nullable = false, length = 1000)
	private String content;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PostComment() {
	}

	PostComment(long postId, long authorId, String content, Instant createdAt) {
		this.postId = postId;
		this.authorId = authorId;
		this.content = content;
		this.createdAt = createdAt;
	}

	long getPostId() {
		return this.postId;
	}

	boolean isWrittenBy(long memberId) {
		return this.authorId == memberId;
	}

}
