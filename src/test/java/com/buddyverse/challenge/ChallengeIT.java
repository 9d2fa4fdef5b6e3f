package com.buddyverse.challenge;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import com.buddyverse.common.TimeFormat;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.MemberSession;
import com.buddyverse.support.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Challenges over real HTTP on the real primary + replica; the date rules themselves are
 * pinned down with a controlled clock in ChallengeServiceIT.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChallengeIT {

	private static final Pattern CHALLENGE_ID = Pattern.compile("/challenge/(\\d+)$");

	@Autowired
	MemberService members;

	@LocalServerPort
	int port;

	@Test
	void ownerCreatesChallengeAndParticipantsCheckInOncePerDay() {
		var owner = session("owner");
		var runner = session("runner");
		LocalDate today = LocalDate.now(TimeFormat.SEOUL);
		String path = challengePath(owner.client(), owner.client()
			.post("/challenge", form("매일 5km 달리기 🏃", today.toString(), today.plusDays(6).toString())));
		EmbeddedDatabase.awaitReplication();

		var page = owner.client().get(path).body();
		assertThat(page).contains("매일 5km 달리기 🏃").contains("진행 중").contains("참가자 1명").contains("오늘 체크인");
		assertThat(new SiteClient(baseUrl()).get("/challenge").body()).contains("매일 5km 달리기 🏃");

		assertThat(owner.client().follow(owner.client().post(path + "/check-in", Map.of())).body()).contains("체크인했습니다");
		assertThat(owner.client().follow(owner.client().post(path + "/check-in", Map.of())).body())
			.contains("오늘은 이미 체크인했습니다");

		assertThat(runner.client().follow(runner.client().post(path + "/check-in", Map.of())).body())
			.contains("챌린지에 참가한 뒤에 체크인할 수 있습니다");
		assertThat(runner.client().follow(runner.client().post(path + "/join", Map.of())).body())
			.contains("챌린지에 참가했습니다");
		EmbeddedDatabase.awaitReplication();
		var joined = runner.client().get(path).body();
		assertThat(joined).contains("참가자 2명").contains("지금까지 1일 중 0일 체크인");
		assertThat(joined.substring(joined.indexOf("challenge-leaderboard"))).as("the leaderboard ranks by check-ins")
			.containsSubsequence(owner.member().displayName(), runner.member().displayName());
	}

	@Test
	void datesAreCheckedWithMessagesNextToTheFields() {
		var client = session("dates").client();
		LocalDate today = LocalDate.now(TimeFormat.SEOUL);
		client.get("/challenge/new");

		var endFirst = client.post("/challenge", form("거꾸로", today.plusDays(5).toString(), today.toString()));
		assertThat(endFirst.status()).isEqualTo(200);
		assertThat(endFirst.body()).contains("종료일은 시작일보다 뒤여야 합니다");

		var past = client.post("/challenge", form("어제부터", today.minusDays(1).toString(), today.plusDays(3).toString()));
		assertThat(past.body()).contains("시작일은 오늘(한국 시간)이나 그 이후여야 합니다");

		var malformed = client.post("/challenge", form("엉터리", "2031-13-45", "tomorrow"));
		assertThat(malformed.status()).isEqualTo(200);
		assertThat(malformed.body()).contains("시작일을 YYYY-MM-DD 형식의 날짜로").contains("종료일을 YYYY-MM-DD 형식의 날짜로");

		var missing = client.post("/challenge", Map.of("title", "", "description", ""));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("제목을 입력해 주세요").contains("시작일을 입력해 주세요");
	}

	@Test
	void strangersAreForbiddenAndAnonymousVisitorsAreSentToLogin() {
		var owner = session("owner");
		var stranger = session("stranger");
		LocalDate today = LocalDate.now(TimeFormat.SEOUL);
		String path = challengePath(owner.client(),
				owner.client().post("/challenge", form("비밀 챌린지", today.toString(), today.plusDays(2).toString())));
		EmbeddedDatabase.awaitReplication();

		assertThat(stranger.client().get(path + "/edit").status()).isEqualTo(403);
		stranger.client().get(path);
		assertThat(stranger.client()
			.post(path + "/edit", form("hijack", today.toString(), today.plusDays(2).toString()))
			.status()).isEqualTo(403);
		assertThat(stranger.client().post(path + "/delete", Map.of()).status()).isEqualTo(403);

		var anonymous = new SiteClient(baseUrl());
		assertThat(anonymous.get("/challenge/new").location()).endsWith("/login");
		assertThat(anonymous.get(path).body()).contains("비밀 챌린지").doesNotContain("나의 진행률");
		assertThat(anonymous.post(path + "/check-in", Map.of()).location()).endsWith("/login");

		assertThat(anonymous.get("/challenge/abc").status()).isEqualTo(400);
		assertThat(anonymous.get("/challenge/987654321").status()).isEqualTo(404);
		assertThat(anonymous.get("/challenge?page=1000001").status()).isEqualTo(200);
		assertThat(owner.client().post("/challenge/987654321/check-in", Map.of()).status()).isEqualTo(404);

		var edited = owner.client()
			.post(path + "/edit", form("공개 챌린지 🎯", today.toString(), today.plusDays(2).toString()));
		assertThat(edited.location()).endsWith(path);
		var deleted = owner.client().post(path + "/delete", Map.of());
		assertThat(deleted.location()).endsWith("/challenge");
		EmbeddedDatabase.awaitReplication();
		assertThat(anonymous.get(path).status()).isEqualTo(404);
	}

	private static Map<String, String> form(String title, String start, String end) {
		return Map.of("title", title, "description", "함께 해요", "startDate", start, "endDate", end);
	}

	private MemberSession session(String prefix) {
		return MemberSession.start(this.members, baseUrl(), prefix);
	}

	/** The new page's path, once seen as a browser following the redirect would. */
	private static String challengePath(SiteClient client, SiteClient.Page created) {
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var matcher = CHALLENGE_ID.matcher(created.location());
		assertThat(matcher.find()).as("redirect to the new challenge: %s", created.location()).isTrue();
		EmbeddedDatabase.awaitReplication();
		assertThat(client.get(created.location()).body()).contains("챌린지를 저장했습니다");
		return "/challenge/" + matcher.group(1);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
