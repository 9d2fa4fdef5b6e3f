package com.buddyverse.support;

import java.util.concurrent.atomic.AtomicInteger;

import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.member.domain.MemberProfile;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.member.domain.SignUpCommand;

/** Creates members with unique names, so tests sharing one database never collide. */
public final class Members {

	public static final String PASSWORD = "secret-pass-42";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private Members() {
	}

	public static String uniqueUsername(String prefix) {
		String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
		String name = prefix.substring(0, Math.min(8, prefix.length())) + "_" + unique;
		return name.substring(0, Math.min(20, name.length()));
	}

	public static MemberPrincipal signUp(MemberService members, String prefix) {
		String username = uniqueUsername(prefix);
		MemberProfile profile = members
			.signUp(new SignUpCommand(username, username + "@test.buddyverse.link", prefix + "님", PASSWORD));
		return new MemberPrincipal(profile.id(), profile.username(), profile.displayName(), null);
	}

}
