package com.buddyverse.cluster;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.buddyverse.common.TimeFormat;
import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What members do in several scenarios, through the load balancer. */
final class MemberSteps {

	static final Pattern POST_ID = Pattern.compile("/board/(\\d+)$");

	private static final Pattern CLUB_ID = Pattern.compile("/club/(\\d+)$");

	private static final Pattern MEETUP_ID = Pattern.compile("/socialing/(\\d+)$");

	/** What a datetime-local field sends: Seoul wall-clock time to the minute. */
	private static final DateTimeFormatter DATE_TIME_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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
		return createdId(client.post("/board", Map.of("title", title, "content", content)), POST_ID);
	}

	/**
	 * Creates a club, without a cover, whose owner (and first member) is the logged-in
	 * member; returns its id.
	 */
	static long createClub(SiteClient client, String name, String category, String description) {
		client.get("/club/new");
		return createdId(client.postMultipart("/club",
				Map.of("name", name, "category", category, "description", description), List.of()), CLUB_ID);
	}

	/**
	 * Opens a meetup a week from now hosted by the logged-in member, who holds its first
	 * seat; returns its id.
	 */
	static long openMeetup(SiteClient client, String title, String place, int capacity) {
		String startsAt = LocalDateTime.now(TimeFormat.SEOUL)
			.plusWeeks(1)
			.truncatedTo(ChronoUnit.HOURS)
			.format(DATE_TIME_INPUT);
		client.get("/socialing/new");
		return createdId(client.post("/socialing", Map.of("title", title, "description", "간식 하나씩 챙겨 오세요", "place",
				place, "startsAt", startsAt, "capacity", Integer.toString(capacity))), MEETUP_ID);
	}

	/** The id in the redirect to the page just created. */
	private static long createdId(SiteClient.Page created, Pattern page) {
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var match = page.matcher(created.location());
		assertThat(match.find()).as("redirect to the new page: %s", created.location()).isTrue();
		return Long.parseLong(match.group(1));
	}

}
