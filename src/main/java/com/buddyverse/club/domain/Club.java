package com.buddyverse.club.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.buddyverse.media.StoredImage;

@Entity
@Table(name = "club")
public class Club {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(nullable = false, length = 50)
	private String name;

	// A plain VARCHAR, not MySQL's ENUM: adding a category needs no table rebuild.
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, columnDefinition = "varchar(20)")
	private ClubCategory category;

	@Column(nullable = false, columnDefinition = "text")
	private String description;

	@Column(name = "cover_path")
	private String coverPath;

	@Column(name = "cover_thumbnail_path")
	private String coverThumbnailPath;

	@Column(name = "member_count", nullable = false)
	private int memberCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Club() {
	}

	Club(long ownerId, ClubCommand command, Instant now) {
		this.ownerId = ownerId;
		apply(command);
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getOwnerId() {
		return this.ownerId;
	}

	boolean isOwnedBy(long memberId) {
		return this.ownerId == memberId;
	}

	String getCoverPath() {
		return this.coverPath;
	}

	String getCoverThumbnailPath() {
		return this.coverThumbnailPath;
	}

	ClubCommand toCommand() {
		return new ClubCommand(this.name, this.category, this.description);
	}

	void edit(ClubCommand command, Instant now) {
		apply(command);
		this.updatedAt = now;
	}

	void changeCover(StoredImage cover, Instant now) {
		this.coverPath = (cover != null) ? cover.path() : null;
		this.coverThumbnailPath = (cover != null) ? cover.thumbnailPath() : null;
		this.updatedAt = now;
	}

	void handOver(long newOwnerId, Instant now) {
		this.ownerId = newOwnerId;
		this.updatedAt = now;
	}

	private void apply(ClubCommand command) {
		this.name = command.name();
		this.category = command.category();
		this.description = command.description();
	}

}
