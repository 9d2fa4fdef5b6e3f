package com.buddyverse.member.domain;

import java.time.Instant;

public record MemberProfile(long id, String username, String email, String displayName, Instant joinedAt) {

	static MemberProfile of(Member member) {
		return new MemberProfile(member.getId(), member.getUsername(), member.getEmail(), member.getDisplayName(),
				member.getCreatedAt());
	}

}
