package com.buddyverse.member.domain;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberDetailsService implements UserDetailsService {

	private final MemberRepository members;

	MemberDetailsService(MemberRepository members) {
		this.members = members;
	}

	// Read-write on purpose: logging in right after signing up must see the new account,
	// which the replica may not have yet.
	@Override
	@Transactional
	public MemberPrincipal loadUserByUsername(String username) {
		return this.members.findByUsername(username)
			.map((member) -> new MemberPrincipal(member.getId(), member.getUsername(), member.getDisplayName(),
					member.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

}
