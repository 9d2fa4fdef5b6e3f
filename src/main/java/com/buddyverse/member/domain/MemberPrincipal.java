package com.buddyverse.member.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in member as the rest of the app sees them (kept in the shared session). */
public final class MemberPrincipal implements UserDetails, CredentialsContainer {

	private static final List<GrantedAuthority> MEMBER = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	public MemberPrincipal(long id, String username, String displayName, String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public MemberPrincipal withDisplayName(String newDisplayName) {
		return new MemberPrincipal(this.id, this.username, newDisplayName, null);
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return MEMBER;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MemberPrincipal that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "MemberPrincipal[" + this.id + ", " + this.username + "]";
	}

}
