package com.buddyverse.cluster;

import java.util.Map;
import java.util.regex.Pattern;

import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What members do in several scenarios, through the load balancer. */
final class MemberSteps {

	static final Pattern POST_ID = Pattern.compile("/board/(\\d+)$");

	private MemberSteps() {
	}

	/** Signs up a new member and logs in; returns the username. */
	static String signUpAndLogIn(SiteClient client, String prefix) {
		String username = Members.uniqueUsername(prefix);
		client.get("/signup");
		var signedUp = client.post("/signup", Map.of("username", username, "email", username + "@example.com",
				"displayName", prefix + "님", "password", Members.PASSWORD, "passwordConfirm", Members.PASSWORD));
		assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(302);
		assertThat(signedUp.location()).endsWith("/login");
		var loggedIn = client.login(username, Members.PASSWORD);
		assertThat(loggedIn.status()).isEqualTo(302);
		assertThat(loggedIn.location()).doesNotContain("error");
		return username;
	}

	/** Writes a post; returns its id. */
	static long writePost(SiteClient client, String title, String content) {
		client.get("/board/new");
		var created = client.post("/board", Map.of("title", title, "content", content));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var match = POST_ID.matcher(created.location());
		assertThat(match.find()).as("redirect to the new post: %s", created.location()).isTrue();
		return Long.parseLong(match.group(1));
	}

}
