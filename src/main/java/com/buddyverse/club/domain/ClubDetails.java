package com.buddyverse.club.domain;

import java.time.Instant;
import java.util.List;

/** A club page: the club, and its members in the order they joined. */
public record ClubDetails(long id, long ownerId, String ownerName, String name, ClubCategory category,
		String description, String coverPath, int memberCount, Instant createdAt, List<ClubMemberView> members) {

	public ClubDetails(long id, long ownerId, String ownerName, String name, ClubCategory category, String description,
			String coverPath, int memberCount, Instant createdAt) {
		this(id, ownerId, ownerName, name, category, description, coverPath, memberCount, createdAt, List.of());
	}

	ClubDetails withMembers(List<ClubMemberView> members) {
		return new ClubDetails(this.id, this.ownerId, this.ownerName, this.name, this.category, this.description,
				this.coverPath, this.memberCount, this.createdAt, members);
	}

	public boolean isOwnedBy(Long memberId) {
		return memberId != null && memberId == this.ownerId;
	}

	public boolean hasMember(Long memberId) {
		return memberId != null && this.members.stream().anyMatch((member) -> member.memberId() == memberId);
	}

	/** Members the owner may hand the club over to: everyone but the owner. */
	public List<ClubMemberView> successors() {
		return this.members.stream().filter((member) -> member.memberId() != this.ownerId).toList();
	}

}
