package com.buddyverse;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import com.buddyverse.support.SiteClient.FilePart;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole site over real HTTP on the real primary + replica: a member signs up, logs
 * in, writes and edits a post in Korean, comments, writes a review with two photos; a
 * stranger is refused their edits. Nobody waits for replication: the author reads their
 * own writes at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MemberJourneyIT {

	private static final Pattern POST_ID = Pattern.compile("/board/(\\d+)$");

	private static final Pattern REVIEW_ID = Pattern.compile("/review/(\\d+)$");

	private static final Pattern MEDIA = Pattern.compile("src=\"(/media/review/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void memberSignsUpWritesEditsCommentsAndReviewsWhileStrangersAreRefused() {
		var author = new SiteClient("http://localhost:" + this.port);
		String username = signUpAndLogIn(author, "author");

		assertThat(author.follow(author.get("/")).body()).contains("LOGOUT").contains("author님");

		author.get("/board/new");
		var created = author.post("/board", Map.of("title", "주말 등산 모임 🏔️", "content", "북한산에서 만나요! 😀\n둘째 줄"));
		assertThat(created.status()).isEqualTo(302);
		var postMatch = POST_ID.matcher(created.location());
		assertThat(postMatch.find()).as("redirect to the new post: %s", created.location()).isTrue();
		String postPath = "/board/" + postMatch.group(1);

		var post = author.get(postPath);
		assertThat(post.status()).isEqualTo(200);
		assertThat(post.body()).contains("주말 등산 모임 🏔️").contains("북한산에서 만나요! 😀");
		assertThat(author.get("/board").body()).contains("주말 등산 모임 🏔️");

		author.get(postPath + "/edit");
		var edited = author.post(postPath + "/edit", Map.of("title", "주말 등산 모임 (수정) ⛰️", "content", "장소 변경: 관악산"));
		assertThat(edited.location()).endsWith(postPath);
		assertThat(author.get(postPath).body()).contains("주말 등산 모임 (수정) ⛰️").contains("장소 변경: 관악산");

		var commented = author.post(postPath + "/comments", Map.of("content", "저도 갈게요 🙋"));
		assertThat(commented.status()).isEqualTo(302);
		assertThat(author.get(postPath).body()).contains("저도 갈게요 🙋");

		var stranger = new SiteClient("http://localhost:" + this.port);
		signUpAndLogIn(stranger, "stranger");
		assertThat(stranger.get(postPath + "/edit").status()).isEqualTo(403);
		stranger.get(postPath);
		assertThat(stranger.post(postPath + "/edit", Map.of("title", "hijack", "content", "hijack")).status())
			.isEqualTo(403);
		assertThat(stranger.post(postPath + "/delete", Map.of()).status()).isEqualTo(403);

		author.get("/review/new");
		var review = author.postMultipart("/review",
				Map.of("title", "성수동 도자기 공방 후기", "content", "선생님이 친절해요 🏺", "rating", "5"),
				List.of(new FilePart("photos", "첫번째.png", "image/png", TestImages.png(800, 600, Color.BLUE)),
						new FilePart("photos", "second.jpg", "image/jpeg", TestImages.jpeg(640, 480, Color.RED))));
		assertThat(review.status()).as(review.body()).isEqualTo(302);
		var reviewMatch = REVIEW_ID.matcher(review.location());
		assertThat(reviewMatch.find()).isTrue();
		var reviewPage = author.get("/review/" + reviewMatch.group(1));
		assertThat(reviewPage.body()).contains("성수동 도자기 공방 후기").contains("첫번째.png");
		var photos = MEDIA.matcher(reviewPage.body()).results().map((m) -> m.group(1)).toList();
		assertThat(photos).hasSize(2);
		assertThat(stranger.get(photos.getFirst()).status()).isEqualTo(200);
		assertThat(stranger.get(photos.getFirst()).header("content-type")).isEqualTo("image/png");

		assertThat(author.follow(author.get("/me")).body()).contains(username)
			.contains("주말 등산 모임 (수정) ⛰️")
			.contains("성수동 도자기 공방 후기");

		var missing = author.get("/board/987654321");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("BOARD").contains("LOGOUT");

		assertThat(author.get("/logout").body()).contains("로그아웃하기");
		var loggedOut = author.post("/logout", Map.of());
		assertThat(loggedOut.status()).isEqualTo(302);
		assertThat(author.get("/").body()).contains("LOGIN").doesNotContain("LOGOUT");
	}

	private static String signUpAndLogIn(SiteClient client, String prefix) {
		String username = Members.uniqueUsername(prefix);
		client.get("/signup");
		var signedUp = client.post("/signup", Map.of("username", username, "email", username + "@example.com",
				"displayName", prefix + "님", "password", Members.PASSWORD, "passwordConfirm", Members.PASSWORD));
		assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(302);
		assertThat(signedUp.location()).endsWith("/login");
		var loggedIn = client.login(username, Members.PASSWORD);
		assertThat(loggedIn.location()).doesNotContain("error");
		return username;
	}

}
