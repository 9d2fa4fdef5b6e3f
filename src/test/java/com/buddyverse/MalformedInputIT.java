package com.buddyverse;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.buddyverse.support.Members;
import com.buddyverse.support.SiteClient;
import com.buddyverse.support.SiteClient.FilePart;
import com.buddyverse.support.SiteClient.Page;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or clumsy input on every form and URL of the foundation: always a 4xx or the
 * form again with a message, never a 5xx or a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MalformedInputIT {

	@LocalServerPort
	int port;

	SiteClient member;

	@BeforeEach
	void logIn() {
		this.member = new SiteClient("http://localhost:" + this.port);
		String username = Members.uniqueUsername("bad");
		this.member.get("/signup");
		this.member.post("/signup", Map.of("username", username, "email", username + "@example.com", "displayName",
				"입력", "password", Members.PASSWORD, "passwordConfirm", Members.PASSWORD));
		this.member.login(username, Members.PASSWORD);
	}

	@Test
	void signUpFormRejectsBadInputWithMessagesNextToTheFields() {
		var anonymous = new SiteClient("http://localhost:" + this.port);
		anonymous.get("/signup");
		assertFormError(anonymous.post("/signup", Map.of()), "아이디를 입력해 주세요.");
		assertFormError(anonymous.post("/signup", signUp("한글아이디", "x@example.com", "pw")), "아이디는 영문 소문자");
		assertFormError(anonymous.post("/signup", signUp("valid_name", "not-an-email", Members.PASSWORD)),
				"올바른 이메일 주소");
		assertFormError(anonymous.post("/signup", signUp("valid_name", "v@example.com", "short1")), "비밀번호는 8~64자");
		assertFormError(anonymous.post("/signup", signUp("valid_name", "v@example.com", "onlyletters")), "문자와 숫자");
		var mismatch = signUp("valid_name", "v@example.com", Members.PASSWORD);
		mismatch.put("passwordConfirm", "different-42");
		assertFormError(anonymous.post("/signup", mismatch), "비밀번호가 서로 다릅니다.");
		var huge = signUp("x".repeat(5000), "y".repeat(5000) + "@example.com", "z1".repeat(5000));
		huge.put("displayName", "가".repeat(5000));
		assertThat(anonymous.post("/signup", huge).status()).isEqualTo(200);
	}

	@Test
	void loginWithWrongOrMissingCredentialsGoesBackToTheForm() {
		var anonymous = new SiteClient("http://localhost:" + this.port);
		anonymous.get("/login");
		assertThat(anonymous.post("/login", Map.of("username", "nobody", "password", "wrong")).location())
			.endsWith("/login?error");
		assertThat(anonymous.post("/login", Map.of()).location()).endsWith("/login?error");
		assertThat(anonymous.follow(anonymous.get("/login?error")).body()).contains("아이디 또는 비밀번호가 맞지 않습니다.");
	}

	@Test
	void badIdsAndPagesInUrlsAreClientErrors() {
		for (String path : List.of("/board/abc", "/board/1.5", "/board/99999999999999999999", "/review/abc",
				"/board?page=abc", "/review?page=9999999999999", "/board/1/edit/extra", "/nothing-here", "/review/-1",
				"/board/-1", "/board/0", "/review/1/photos/abc/download", "/media/../application.yaml",
				"/static/../../etc/passwd", "/board/%00", "/board?after=abc", "/review?before=99999999999999999999",
				"/board?page=2&before=1e3")) {
			var page = this.member.get(path);
			assertThat(page.status()).as(path).isBetween(400, 499);
			assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at com.");
		}
		assertThat(this.member.get("/board?page=2147483647").status()).isEqualTo(200);
		assertThat(this.member.get("/board?page=-20").status()).isEqualTo(200);
		for (String path : List.of("/board?page=3&after=-1", "/board?page=2&after=5&before=9",
				"/board?page=2147483647&after=1", "/board?page=4&before=9223372036854775807", "/review?after=0",
				"/review?page=99999&before=1")) {
			assertThat(this.member.get(path).status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void postAndCommentFormsRejectBadInputWithoutServerErrors() {
		this.member.get("/board/new");
		assertFormError(this.member.post("/board", Map.of()), "제목을 입력해 주세요.");
		assertFormError(this.member.post("/board", Map.of("title", "t".repeat(101), "content", "c")), "100자 이내");
		assertFormError(this.member.post("/board", Map.of("title", "ok", "content", "c".repeat(20_001))), "20,000자 이내");
		var created = this.member.post("/board", Map.of("title", "댓글 받을 글", "content", "본문"));
		String postPath = created.location().replaceFirst("^https?://[^/]+", "");
		this.member.follow(created);
		assertThat(this.member.post(postPath + "/comments", Map.of("content", " ")).status()).isLessThan(500);
		assertThat(this.member.post(postPath + "/comments", Map.of("content", "x".repeat(1001))).status())
			.isLessThan(500);
		assertThat(this.member.post("/board/987654321/comments", Map.of("content", "hi")).status()).isEqualTo(404);
		assertThat(this.member.post("/board/abc/comments", Map.of("content", "hi")).status()).isEqualTo(400);
		assertThat(this.member.post(postPath + "/comments/abc/delete", Map.of()).status()).isEqualTo(400);
		assertThat(this.member.post(postPath + "/comments/987654321/delete", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void reviewFormRejectsBadRatingsAndNonImagesWithAMessage() {
		this.member.get("/review/new");
		var png = new FilePart("photos", "ok.png", "image/png", TestImages.png(64, 48, Color.GREEN));
		for (String rating : List.of("abc", "0", "6", "", "999999999999")) {
			var page = this.member.postMultipart("/review", Map.of("title", "별점", "content", "본문", "rating", rating),
					List.of(png));
			assertThat(page.status()).as("rating %s", rating).isEqualTo(200);
			assertThat(page.body()).as("rating %s", rating).contains("별점은 1~5 사이");
		}
		var text = new FilePart("photos", "photo.jpg", "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8));
		assertUploadRejected(this.member.postMultipart("/review", review(), List.of(text)), "사진만 올릴 수 있습니다");
		var svg = new FilePart("photos", "x.svg", "image/svg+xml",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
					.getBytes(StandardCharsets.UTF_8));
		assertUploadRejected(this.member.postMultipart("/review", review(), List.of(svg)), "사진만 올릴 수 있습니다");
		var truncated = TestImages.png(64, 48, Color.RED);
		var broken = new FilePart("photos", "broken.png", "image/png",
				java.util.Arrays.copyOf(truncated, truncated.length / 2));
		assertUploadRejected(this.member.postMultipart("/review", review(), List.of(broken)), "사진 파일을 읽을 수 없습니다");
		var six = new ArrayList<FilePart>();
		for (int i = 0; i < 6; i++) {
			six.add(png);
		}
		assertUploadRejected(this.member.postMultipart("/review", review(), six), "5장까지");
	}

	@Test
	void profileFormsRejectBadInput() {
		this.member.get("/me");
		assertFormError(this.member.post("/me/name", Map.of("displayName", "")), "이름을 입력해 주세요.");
		assertFormError(this.member.post("/me/name", Map.of("displayName", "가".repeat(21))), "20자 이내");
		assertFormError(this.member.post("/me/password", Map.of("currentPassword", "wrong-pass-1", "newPassword",
				"new-pass-123", "newPasswordConfirm", "new-pass-123")), "현재 비밀번호가 맞지 않습니다.");
		assertFormError(this.member.post("/me/password", Map.of()), "현재 비밀번호를 입력해 주세요.");
	}

	private static Map<String, String> signUp(String username, String email, String password) {
		var form = new java.util.HashMap<String, String>();
		form.put("username", username);
		form.put("email", email);
		form.put("displayName", "이름");
		form.put("password", password);
		form.put("passwordConfirm", password);
		return form;
	}

	private static Map<String, String> review() {
		return Map.of("title", "사진 리뷰", "content", "본문", "rating", "4");
	}

	/**
	 * The review form again, with the reason, under a 4xx status that names the kind of
	 * refusal.
	 */
	private static void assertUploadRejected(Page page, String message) {
		assertThat(page.status()).as(page.body()).isBetween(400, 499);
		assertThat(page.body()).contains(message).contains("name=\"title\"");
	}

	private static void assertFormError(Page page, String message) {
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains(message);
	}

}
