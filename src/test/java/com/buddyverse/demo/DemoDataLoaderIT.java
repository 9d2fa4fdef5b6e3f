package com.buddyverse.demo;

import java.time.Clock;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.challenge.domain.ChallengeService;
import com.buddyverse.challenge.domain.ChallengeStatus;
import com.buddyverse.club.domain.ClubService;
import com.buddyverse.club.domain.ClubSummary;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.review.domain.ReviewService;
import com.buddyverse.socialing.domain.MeetupSummary;
import com.buddyverse.socialing.domain.SocialingService;
import com.buddyverse.support.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo content a newcomer sees: clubs with members, a running challenge with
 * check-ins and upcoming meetups; loading twice changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoDataLoaderIT {

	@Autowired
	MemberService members;

	@Autowired
	BoardService board;

	@Autowired
	ReviewService reviews;

	@Autowired
	ClubService clubs;

	@Autowired
	ChallengeService challenges;

	@Autowired
	SocialingService socialing;

	@Autowired
	Clock clock;

	@Test
	void demoSiteHasLivingCommunityAndLoadsOnce() {
		var loader = new DemoDataLoader(this.members, this.board, this.reviews, this.clubs, this.challenges,
				this.socialing, this.clock);
		loader.load();
		loader.load();
		EmbeddedDatabase.awaitReplication();

		var latestClubs = this.clubs.latest(50);
		assertThat(latestClubs).extracting(ClubSummary::name)
			.containsOnlyOnce("주말 북한산 등산 클럽", "홈베이킹 연구소", "Han River Runners 한강 러닝 크루");
		assertThat(latestClubs).filteredOn((club) -> club.name().equals("주말 북한산 등산 클럽"))
			.singleElement()
			.satisfies((club) -> {
				assertThat(club.memberCount()).isEqualTo(3);
				assertThat(club.thumbnailPath()).startsWith("club/");
			});

		var walking = this.challenges.list(0)
			.getContent()
			.stream()
			.filter((challenge) -> challenge.title().equals("하루 만 보 걷기 👟"))
			.findFirst()
			.orElseThrow();
		assertThat(walking.status()).isEqualTo(ChallengeStatus.ACTIVE);
		var details = this.challenges.read(walking.id(), null);
		assertThat(details.participantCount()).isEqualTo(3);
		assertThat(details.leaderboard().getFirst().checkInCount()).isEqualTo(1);

		assertThat(this.socialing.upcoming(100)).extracting(MeetupSummary::title)
			.contains("한강 피크닉 & 보드게임 🎲", "퇴근 후 실내 클라이밍", "원데이 베이킹 클래스: 마들렌");
	}

}
