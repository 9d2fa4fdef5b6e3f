package com.buddyverse.board.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "post")
public class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, columnDefinition = "text")
	private String content;

	@Column(name = "comment_count", nullable = false)
	private int commentCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Post() {
	}

	Post(long authorId, String title, String content, Instant now) {
		this.authorId = authorId;
		this.title = title;
		this.content = content;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getAuthorId() {
		return this.authorId;
	}

	String getTitle() {
		return this.title;
	}

	String getContent() {
		return this.content;
	}

	boolean isWrittenBy(long memberId) {
		return this.authorId == memberId;
	}

	void edit(String title, String content, Instant now) {
		this.title = title;
		this.content = content;
		this.updatedAt = now;
	}

}
