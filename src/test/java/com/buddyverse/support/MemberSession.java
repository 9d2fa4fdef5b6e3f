package com.buddyverse.support;

import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.member.domain.MemberService;

/**
 * A new member logged in through the login form, with a browser holding their session.
 */
public record MemberSession(MemberPrincipal member, SiteClient client) {

	public static MemberSession start(MemberService members, String baseUrl, String prefix) {
		var member = Members.signUp(members, prefix);
		var client = new SiteClient(baseUrl);
		var loggedIn = client.login(member.getUsername(), Members.PASSWORD);
		if (loggedIn.status() != 302 || loggedIn.location().contains("error")) {
			throw new IllegalStateException("Login failed for " + member.getUsername() + ": " + loggedIn.status());
		}
		// Logging in renews the CSRF token; any page carries the new one.
		client.get("/");
		return new MemberSession(member, client);
	}

	public long id() {
		return this.member.id();
	}

}
