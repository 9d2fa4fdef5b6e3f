package com.buddyverse.club;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.buddyverse.club.domain.ClubCategory;
import com.buddyverse.club.domain.ClubCommand;
import com.buddyverse.club.domain.ClubService;
import com.buddyverse.media.MediaStorage;
import com.buddyverse.media.MediaSweep;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.MemberSession;
import com.buddyverse.support.Members;
import com.buddyverse.support.Simultaneously;
import com.buddyverse.support.SiteClient;
import com.buddyverse.support.SiteClient.FilePart;
import com.buddyverse.support.TestImages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Clubs over real HTTP on the real primary + replica. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClubIT {

	private static final Pattern CLUB_ID = Pattern.compile("/club/(\\d+)$");

	@Autowired
	MemberService members;

	@Autowired
	ClubService clubs;

	@Autowired
	MediaStorage storage;

	@Autowired
	MediaSweep sweep;

	@LocalServerPort
	int port;

	@Test
	void ownerCreatesClubMembersJoinAndOwnershipChangesHands() {
		var owner = session("owner");
		var member = session("member");
		String name = "북한산 등산 클럽 ⛰️ " + Members.uniqueUsername("c");
		var created = owner.client()
			.postMultipart("/club", Map.of("name", name, "category", "OUTDOOR", "description", "토요일 아침에 만나요 😀"),
					List.of(new FilePart("cover", "표지.png", "image/png", TestImages.png(800, 600, Color.GREEN))));
		String clubPath = clubPath(owner.client(), created);

		var page = owner.client().get(clubPath);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name).contains("토요일 아침에 만나요 😀").contains("멤버 1명").contains("/media/club/");
		String link = "href=\"" + clubPath + "\"";
		assertThat(get("/club?q=" + encode(name.substring(0, 9)))).contains(link).contains("_thumb.jpg");
		assertThat(get("/club?category=OUTDOOR&q=" + encode(name))).contains(link);
		assertThat(get("/club?category=FOOD&q=" + encode(name))).doesNotContain(link);
		assertThat(get("/")).contains(name).contains(link).contains("href=\"/club\"");

		assertThat(member.client().follow(member.client().post(clubPath + "/join", Map.of())).body())
			.contains("클럽에 가입했습니다");
		EmbeddedDatabase.awaitReplication();
		assertThat(get(clubPath)).contains("멤버 2명").contains(member.member().displayName());

		assertThat(owner.client().follow(owner.client().post(clubPath + "/leave", Map.of())).body())
			.contains("모임장은 탈퇴할 수 없습니다");
		var handedOver = owner.client().post(clubPath + "/hand-over", Map.of("newOwnerId", Long.toString(member.id())));
		assertThat(owner.client().follow(handedOver).body()).contains("모임장을 넘겼습니다");
		assertThat(owner.client().follow(owner.client().post(clubPath + "/leave", Map.of())).body())
			.contains("클럽에서 탈퇴했습니다");
		EmbeddedDatabase.awaitReplication();
		assertThat(get(clubPath)).contains("멤버 1명").contains("모임장 " + member.member().displayName());

		assertThat(owner.client().get(clubPath + "/edit").status()).isEqualTo(403);
		assertThat(member.client().get(clubPath + "/edit").status()).isEqualTo(200);
		var edited = member.client()
			.postMultipart(clubPath + "/edit",
					Map.of("name", name, "category", "SPORTS", "description", "이제 러닝 클럽", "removeCover", "true"),
					List.of());
		assertThat(edited.location()).endsWith(clubPath);
		EmbeddedDatabase.awaitReplication();
		assertThat(get(clubPath)).contains("이제 러닝 클럽").contains("운동").doesNotContain("/media/club/");

		var deleted = member.client().post(clubPath + "/delete", Map.of());
		assertThat(deleted.location()).endsWith("/club");
		EmbeddedDatabase.awaitReplication();
		assertThat(member.client().get(clubPath).status()).isEqualTo(404);
	}

	@Test
	void clubNamesAreUniqueIgnoringCase() {
		var first = session("first");
		var second = session("second");
		String name = "Seoul Hikers " + Members.uniqueUsername("n");
		clubPath(first.client(), first.client()
			.postMultipart("/club", Map.of("name", name, "category", "OUTDOOR", "description", "hello"), List.of()));

		var duplicate = second.client()
			.postMultipart("/club",
					Map.of("name", name.toUpperCase(), "category", "OUTDOOR", "description", "hello again"), List.of());
		assertThat(duplicate.status()).isEqualTo(200);
		assertThat(duplicate.body()).contains("이미 같은 이름의 클럽이 있습니다").contains("is-invalid");
	}

	@Test
	void strangersAreForbiddenAndAnonymousVisitorsAreSentToLogin() {
		var owner = session("owner");
		var stranger = session("stranger");
		String clubPath = clubPath(owner.client(), owner.client()
			.postMultipart("/club",
					Map.of("name", "비밀 클럽 " + Members.uniqueUsername("s"), "category", "GAMES", "description", "보드게임"),
					List.of()));
		EmbeddedDatabase.awaitReplication();

		var client = stranger.client();
		assertThat(client.get(clubPath + "/edit").status()).isEqualTo(403);
		client.get(clubPath);
		assertThat(client
			.postMultipart(clubPath + "/edit", Map.of("name", "hijack", "category", "GAMES", "description", "hijack"),
					List.of())
			.status()).isEqualTo(403);
		assertThat(client.post(clubPath + "/delete", Map.of()).status()).isEqualTo(403);
		assertThat(client.post(clubPath + "/hand-over", Map.of("newOwnerId", Long.toString(stranger.id()))).status())
			.isEqualTo(403);

		var anonymous = new SiteClient(baseUrl());
		assertThat(anonymous.get("/club/new").location()).endsWith("/login");
		assertThat(anonymous.get(clubPath).status()).isEqualTo(200);
		assertThat(anonymous.post(clubPath + "/join", Map.of()).location()).endsWith("/login");
		assertThat(anonymous.get(clubPath + "/edit").location()).endsWith("/login");
	}

	@Test
	void malformedRequestsGetClientErrorsNotServerErrors() {
		var member = session("picky");
		var client = member.client();
		assertThat(client.get("/club/not-a-number").status()).isEqualTo(400);
		assertThat(client.get("/club/987654321").status()).isEqualTo(404);
		assertThat(client.get("/club/987654321/edit").status()).isEqualTo(404);
		assertThat(client.get("/club?category=VOLCANO").status()).isEqualTo(400);
		assertThat(client.get("/club?page=99999999999").status()).isEqualTo(400);
		assertThat(client.get("/club?page=2147483647").status()).isEqualTo(200);
		assertThat(client.get("/club?page=-3&q=%25_!").status()).isEqualTo(200);

		client.get("/club/new");
		var blank = client.postMultipart("/club", Map.of("name", " ", "category", "", "description", ""), List.of());
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("클럽 이름을 입력해 주세요").contains("분류를 골라 주세요").contains("클럽 소개를 입력해 주세요");
		var badCategory = client.postMultipart("/club",
				Map.of("name", "x" + Members.uniqueUsername("b"), "category", "VOLCANO", "description", "d"),
				List.of());
		assertThat(badCategory.status()).isEqualTo(200);
		assertThat(badCategory.body()).contains("목록에 있는 분류를 골라 주세요");
		var notAnImage = client.postMultipart("/club",
				Map.of("name", "x" + Members.uniqueUsername("i"), "category", "OTHER", "description", "d"),
				List.of(new FilePart("cover", "evil.png", "image/png", "not an image".getBytes())));
		assertThat(notAnImage.status()).isBetween(400, 499);
		assertThat(notAnImage.body()).contains("alert-danger").contains("name=\"name\"");

		assertThat(client.post("/club/987654321/join", Map.of()).status()).isEqualTo(404);
		assertThat(client.post("/club/987654321/hand-over", Map.of("newOwnerId", "abc")).status()).isEqualTo(400);
		String clubPath = clubPath(client,
				client.postMultipart("/club",
						Map.of("name", "혼자 클럽 " + Members.uniqueUsername("h"), "category", "STUDY", "description", "d"),
						List.of()));
		assertThat(client.post(clubPath + "/hand-over", Map.of()).status()).isEqualTo(400);
		assertThat(client.follow(client.post(clubPath + "/hand-over", Map.of("newOwnerId", "987654321"))).body())
			.contains("이 클럽의 다른 멤버에게만");
	}

	@Test
	void membersJoiningAtTheSameMomentAreAllCounted() throws Exception {
		var owner = Members.signUp(this.members, "popular");
		long clubId = this.clubs.create(owner.id(),
				new ClubCommand("인기 클럽 " + Members.uniqueUsername("p"), ClubCategory.SPORTS, "d"), null);
		var joiners = new ArrayList<Long>();
		for (int i = 0; i < 6; i++) {
			joiners.add(Members.signUp(this.members, "joiner").id());
		}

		Simultaneously.run(joiners.size(), (i) -> this.clubs.join(clubId, joiners.get(i)));

		EmbeddedDatabase.awaitReplication();
		var club = this.clubs.read(clubId);
		assertThat(club.memberCount()).isEqualTo(7);
		assertThat(club.members()).hasSize(7);
	}

	@Test
	void mediaSweepKeepsCoversInUseAndRemovesOrphanedOnes() throws IOException {
		var owner = Members.signUp(this.members, "sweep");
		var cover = new MockMultipartFile("cover", "cover.png", "image/png", TestImages.png(300, 200, Color.ORANGE));
		long clubId = this.clubs.create(owner.id(),
				new ClubCommand("표지 클럽 " + Members.uniqueUsername("w"), ClubCategory.CULTURE, "d"), cover);
		EmbeddedDatabase.awaitReplication();
		String kept = this.clubs.read(clubId).coverPath();
		// What a crash between moving the file into place and committing leaves behind.
		var orphan = this.storage.storeImage("club", cover);
		for (String path : List.of(kept, orphan.path(), orphan.thumbnailPath())) {
			Files.setLastModifiedTime(this.storage.locate(path).orElseThrow(),
					FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		}

		this.sweep.sweep();

		assertThat(this.storage.locate(kept)).isPresent();
		assertThat(this.storage.locate(orphan.path())).isEmpty();
		assertThat(this.storage.locate(orphan.thumbnailPath())).isEmpty();
	}

	private MemberSession session(String prefix) {
		return MemberSession.start(this.members, baseUrl(), prefix);
	}

	private String get(String path) {
		var page = new SiteClient(baseUrl()).get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return page.body();
	}

	/**
	 * The new club's path, once its page has been seen as a browser following the
	 * redirect would (which also takes the "saved" flash message off the session).
	 */
	private static String clubPath(SiteClient client, SiteClient.Page created) {
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var matcher = CLUB_ID.matcher(created.location());
		assertThat(matcher.find()).as("redirect to the new club: %s", created.location()).isTrue();
		EmbeddedDatabase.awaitReplication();
		assertThat(client.get(created.location()).body()).contains("클럽을 저장했습니다");
		return "/club/" + matcher.group(1);
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
