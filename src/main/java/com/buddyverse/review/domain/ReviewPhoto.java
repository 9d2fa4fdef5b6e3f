package com.buddyverse.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.buddyverse.media.StoredImage;

@Entity
@Table(name = "review_photo")
public class ReviewPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id", nullable = false)
	private long reviewId;

	@Column(nullable = false)
	private int position;

	@Column(name = "storage_path", nullable = false)
	private String storagePath;

	@Column(name = "thumbnail_path", nullable = false)
	private String thumbnailPath;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "content_type", nullable = false, length = 50)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	protected ReviewPhoto() {
	}

	ReviewPhoto(long reviewId, int position, StoredImage image) {
		this.reviewId = reviewId;
		this.position = position;
		this.storagePath = image.path();
		this.thumbnailPath = image.thumbnailPath();
		this.originalName = image.originalName();
		this.contentType = image.type().contentType();
		this.sizeBytes = image.sizeBytes();
		this.width = image.width();
		this.height = image.height();
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	long getReviewId() {
		return this.reviewId;
	}

	String getStoragePath() {
		return this.storagePath;
	}

	String getThumbnailPath() {
		return this.thumbnailPath;
	}

	PhotoView toView() {
		return new PhotoView(this.id, this.storagePath, this.thumbnailPath, this.originalName, this.contentType,
				this.sizeBytes, this.width, this.height);
	}

}
