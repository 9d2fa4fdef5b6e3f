package com.buddyverse.review.domain;

import java.time.Instant;
import java.util.List;

public record ReviewDetails(long id, long authorId, String authorName, String title, String content, int rating,
		Instant createdAt, Instant updatedAt, List<PhotoView> photos) {

	public ReviewDetails(long id, long authorId, String authorName, String title, String content, int rating,
			Instant createdAt, Instant updatedAt) {
		this(id, authorId, authorName, title, content, rating, createdAt, updatedAt, List.of());
	}

	ReviewDetails withPhotos(List<PhotoView> photos) {
		return new ReviewDetails(this.id, this.authorId, this.authorName, this.title, this.content, this.rating,
				this.createdAt, this.updatedAt, photos);
	}

	public boolean isWrittenBy(Long memberId) {
		return memberId != null && memberId == this.authorId;
	}

}
