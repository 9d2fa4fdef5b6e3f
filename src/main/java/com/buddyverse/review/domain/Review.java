package com.buddyverse.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "review")
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, columnDefinition = "text")
	private String content;

	@Column(nullable = false, columnDefinition = "tinyint")
	private int rating;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Review() {
	}

	Review(long authorId, ReviewCommand command, Instant now) {
		this.authorId = authorId;
		apply(command);
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	boolean isWrittenBy(long memberId) {
		return this.authorId == memberId;
	}

	ReviewCommand toCommand() {
		return new ReviewCommand(this.title, this.content, this.rating);
	}

	void edit(ReviewCommand command, Instant now) {
		apply(command);
		this.updatedAt = now;
	}

	private void apply(ReviewCommand command) {
		this.title = command.title();
		this.content = command.content();
		this.rating = command.rating();
	}

}
