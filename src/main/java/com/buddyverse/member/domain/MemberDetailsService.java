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

	// A read like any other: logging in right after signing up still finds the new
	// account, because the sign-up's write sends that browser's reads to the primary for
	// a while (database.ReadYourWrites). Read-write here would send every login there.
	@Override
	@Transactional(readOnly = true)
	public MemberPrincipal loadUserByUsername(String username) {
		return this.members.findByUsername(username)
			.map((member) -> new MemberPrincipal(member.getId(), member.getUsername(), member.getDisplayName(),
					member.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

}
