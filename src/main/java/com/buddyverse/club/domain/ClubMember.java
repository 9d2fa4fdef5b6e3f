package com.buddyverse.club.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "club_member")
public class ClubMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "club_id", nullable = false)
	private long clubId;

	@Column(name = "member_id", nullable = false)
	private long memberId;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected ClubMember() {
	}

	ClubMember(long clubId, long memberId, Instant joinedAt) {
		this.clubId = clubId;
		this.memberId = memberId;
		this.joinedAt = joinedAt;
	}

}
