package com.buddyverse.socialing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

/** Meetups over real HTTP on the real primary + replica. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SocialingIT {

	private static final Pattern MEETUP_ID = Pattern.compile("/socialing/(\\d+)$");

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MemberService members;

	@LocalServerPort
	int port;

	@Test
	void hostOpensMeetupGuestsRsvpUntilFullAndHostCancels() {
		var host = session("host");
		var guest = session("guest");
		var third = session("third");
		// Sooner than the meetups other tests leave behind, so the home page lists it.
		String startsAt = inHours(2);
		String path = meetupPath(host.client(), host.client().post("/socialing", form("망원 한강 피크닉 🧺", startsAt, "2")));
		EmbeddedDatabase.awaitReplication();

		var page = guest.client().get(path).body();
		assertThat(page).contains("망원 한강 피크닉 🧺")
			.contains("모집 중")
			.contains("1 / 2명")
			.contains(startsAt.replace('T', ' '));
		assertThat(new SiteClient(baseUrl()).get("/").body()).contains("망원 한강 피크닉 🧺")
			.contains("href=\"" + path + "\"");

		assertThat(rsvp(guest, path)).contains("참석 신청을 마쳤습니다");
		assertThat(rsvp(third, path)).contains("정원이 다 찼습니다");
		assertThat(rsvp(guest, path)).contains("이미 참석하기로 한 모임입니다");
		assertThat(guest.client().follow(guest.client().post(path + "/cancel-rsvp", Map.of())).body())
			.contains("참석을 취소했습니다");
		assertThat(rsvp(third, path)).contains("참석 신청을 마쳤습니다");
		assertThat(host.client().follow(host.client().post(path + "/cancel-rsvp", Map.of())).body())
			.contains("호스트는 참석을 취소할 수 없습니다");

		assertThat(host.client().get(path + "/edit").status()).isEqualTo(200);
		var edited = host.client().post(path + "/edit", form("망원 한강 피크닉 🧺 (넷이서)", startsAt, "4"));
		assertThat(edited.location()).endsWith(path);
		EmbeddedDatabase.awaitReplication();
		assertThat(host.client().get(path).body()).contains("모임을 저장했습니다");
		assertThat(guest.client().get(path).body()).contains("(넷이서)")
			.contains("2 / 4명")
			.contains(third.member().displayName());

		assertThat(host.client().follow(host.client().post(path + "/cancel", Map.of())).body()).contains("모임을 취소했습니다");
		assertThat(rsvp(guest, path)).contains("취소된 모임입니다");
		EmbeddedDatabase.awaitReplication();
		assertThat(new SiteClient(baseUrl()).get("/socialing").body()).doesNotContain("href=\"" + path + "\"");
	}

	@Test
	void badValuesAreRefusedWithMessagesNextToTheFields() {
		var client = session("picky").client();
		client.get("/socialing/new");
		assertThat(client.post("/socialing", form("한 명", inDays(1), "1")).body()).contains("정원은 2명에서 100명 사이로");
		assertThat(client.post("/socialing", form("백한 명", inDays(1), "101")).body()).contains("정원은 2명에서 100명 사이로");
		assertThat(client.post("/socialing", form("숫자 아님", inDays(1), "many")).body()).contains("정원은 2에서 100 사이의 숫자로");
		var past = client.post("/socialing", form("어제", inDays(-1), "4"));
		assertThat(past.status()).isEqualTo(200);
		assertThat(past.body()).contains("모임 일시는 지금 이후여야 합니다");
		assertThat(client.post("/socialing", form("엉터리", "next friday", "4")).body()).contains("모임 일시를 날짜와 시간");
		assertThat(client.post("/socialing", Map.of()).body()).contains("모임 이름을 입력해 주세요").contains("장소를 입력해 주세요");
	}

	@Test
	void strangersAreForbiddenAndAnonymousVisitorsAreSentToLogin() {
		var host = session("host");
		var stranger = session("stranger");
		String path = meetupPath(host.client(), host.client().post("/socialing", form("비밀 모임", inDays(3), "5")));
		EmbeddedDatabase.awaitReplication();

		assertThat(stranger.client().get(path + "/edit").status()).isEqualTo(403);
		stranger.client().get(path);
		assertThat(stranger.client().post(path + "/edit", form("hijack", inDays(3), "5")).status()).isEqualTo(403);
		assertThat(stranger.client().post(path + "/cancel", Map.of()).status()).isEqualTo(403);

		var anonymous = new SiteClient(baseUrl());
		assertThat(anonymous.get("/socialing/new").location()).endsWith("/login");
		assertThat(anonymous.get(path).status()).isEqualTo(200);
		assertThat(anonymous.post(path + "/rsvp", Map.of()).location()).endsWith("/login");
		assertThat(anonymous.get("/socialing/abc").status()).isEqualTo(400);
		assertThat(anonymous.get("/socialing/987654321").status()).isEqualTo(404);
		assertThat(anonymous.get("/socialing?page=-1").status()).isEqualTo(200);
		assertThat(anonymous.get("/socialing?page=x").status()).isEqualTo(400);
		assertThat(host.client().post("/socialing/987654321/rsvp", Map.of()).status()).isEqualTo(404);
		assertThat(host.client().get("/socialing/987654321/edit").status()).isEqualTo(404);
	}

	private String rsvp(MemberSession member, String path) {
		return member.client().follow(member.client().post(path + "/rsvp", Map.of())).body();
	}

	private static String inDays(int days) {
		return inHours(24 * days);
	}

	private static String inHours(int hours) {
		return LocalDateTime.now(TimeFormat.SEOUL).plusHours(hours).truncatedTo(ChronoUnit.HOURS).format(INPUT);
	}

	private static Map<String, String> form(String title, String startsAt, String capacity) {
		return Map.of("title", title, "description", "간식 하나씩 챙겨 오세요", "place", "망원한강공원", "startsAt", startsAt,
				"capacity", capacity);
	}

	private MemberSession session(String prefix) {
		return MemberSession.start(this.members, baseUrl(), prefix);
	}

	/** The new page's path, once seen as a browser following the redirect would. */
	private static String meetupPath(SiteClient client, SiteClient.Page created) {
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var matcher = MEETUP_ID.matcher(created.location());
		assertThat(matcher.find()).as("redirect to the new meetup: %s", created.location()).isTrue();
		EmbeddedDatabase.awaitReplication();
		assertThat(client.get(created.location()).body()).contains("모임을 저장했습니다");
		return "/socialing/" + matcher.group(1);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
