package com.buddyverse.demo;

import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.challenge.domain.ChallengeCommand;
import com.buddyverse.challenge.domain.ChallengeService;
import com.buddyverse.club.domain.ClubCategory;
import com.buddyverse.club.domain.ClubCommand;
import com.buddyverse.club.domain.ClubService;
import com.buddyverse.common.TimeFormat;
import com.buddyverse.member.domain.DuplicateAccountException;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.member.domain.SignUpCommand;
import com.buddyverse.review.domain.ReviewCommand;
import com.buddyverse.review.domain.ReviewService;
import com.buddyverse.socialing.domain.MeetupCommand;
import com.buddyverse.socialing.domain.SocialingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills a new local site with members, posts, comments, reviews with photos, clubs, a
 * running challenge with check-ins and upcoming meetups, so a newcomer sees a living
 * community. Runs once: the first demo account marks it done.
 */
@Component
@ConditionalOnProperty(name = "buddy.demo-data.enabled", havingValue = "true")
class DemoDataLoader {

	static final String DEMO_PASSWORD = "buddy1234";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final MemberService members;

	private final BoardService board;

	private final ReviewService reviews;

	private final ClubService clubs;

	private final ChallengeService challenges;

	private final SocialingService socialing;

	private final Clock clock;

	DemoDataLoader(MemberService members, BoardService board, ReviewService reviews, ClubService clubs,
			ChallengeService challenges, SocialingService socialing, Clock clock) {
		this.members = members;
		this.board = board;
		this.reviews = reviews;
		this.clubs = clubs;
		this.challenges = challenges;
		this.socialing = socialing;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		long minji;
		try {
			minji = member("minji", "민지");
		}
		catch (DuplicateAccountException alreadyLoaded) {
			return;
		}
		long junho = member("junho", "준호");
		long sora = member("sora", "소라");
		long welcome = this.board.write(minji, new PostCommand("BuddyVerse에 오신 것을 환영합니다 🎉",
				"같은 취미를 가진 친구를 찾아보세요.\n게시판, 리뷰, 클럽, 챌린지, 소셜링까지 모두 여기에서!"));
		this.board.comment(welcome, junho, "반가워요! 주말 등산 같이 하실 분 찾고 있어요 ⛰️");
		this.board.comment(welcome, sora, "저도 새로 왔어요. 잘 부탁드립니다 😊");
		long cooking = this.board.write(junho,
				new PostCommand("주말 베이킹 모임 후기", "처음으로 스콘을 구워 봤는데 생각보다 쉬웠어요.\n다음 주에는 마들렌에 도전합니다."));
		this.board.comment(cooking, minji, "사진도 올려 주세요! 🍪");
		this.board.write(sora,
				new PostCommand("한강 러닝 크루 모집합니다 🏃", "매주 수요일 저녁 8시, 여의나루역에서 만나요.\n초보도 환영합니다. Beginners welcome!"));
		this.reviews.write(minji, new ReviewCommand("북한산 백운대 코스 리뷰", "초보에게는 조금 힘들지만 정상 풍경이 최고예요. 물 꼭 챙기세요!", 5),
				List.of(GeneratedImage.draw("백운대.png", "Bukhansan", new Color(0x2E7D32), new Color(0x81C784)),
						GeneratedImage.draw("정상.png", "Summit", new Color(0x1565C0), new Color(0x90CAF9))));
		this.reviews.write(junho, new ReviewCommand("성수동 원데이 도자기 클래스", "선생님이 친절하고 재료가 좋아요. 두 시간이 금방 가요.", 4),
				List.of(GeneratedImage.draw("도자기.png", "Pottery", new Color(0x6D4C41), new Color(0xFFB74D))));
		this.reviews.write(sora, new ReviewCommand("보드게임 카페 '주사위' 방문기", "게임 종류가 많고 직원분이 룰 설명을 잘해 주세요 🎲", 5),
				List.of(GeneratedImage.draw("boardgame.png", "Board games", new Color(0x6A1B9A), new Color(0xF06292))));
		loadCommunity(minji, junho, sora);
		log.info("Loaded demo content: members minji, junho and sora (their password is in the README)");
	}

	private void loadCommunity(long minji, long junho, long sora) {
		long hiking = this.clubs.create(minji,
				new ClubCommand("주말 북한산 등산 클럽", ClubCategory.OUTDOOR, "매주 토요일 아침, 북한산 둘레길부터 백운대까지 함께 올라요 ⛰️\n초보 환영!"),
				GeneratedImage.draw("hiking.png", "Hiking club", new Color(0x2E7D32), new Color(0xA5D6A7)));
		this.clubs.join(hiking, junho);
		this.clubs.join(hiking, sora);
		long baking = this.clubs.create(junho,
				new ClubCommand("홈베이킹 연구소", ClubCategory.FOOD, "스콘, 마들렌, 식빵까지. 레시피를 나누고 같이 구워요 🍞"),
				GeneratedImage.draw("baking.png", "Home baking", new Color(0x6D4C41), new Color(0xFFCC80)));
		this.clubs.join(baking, minji);
		long running = this.clubs.create(sora, new ClubCommand("Han River Runners 한강 러닝 크루", ClubCategory.SPORTS,
				"수요일 저녁 8시 여의나루역. 5km부터 천천히 시작해요 🏃\nEnglish speakers welcome."), null);
		this.clubs.join(running, junho);

		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TimeFormat.SEOUL);
		long walking = this.challenges.create(minji,
				new ChallengeCommand("하루 만 보 걷기 👟", "2주 동안 매일 만 보를 걷고 체크인해요. 함께하면 더 쉬워요!", today, today.plusDays(13)));
		this.challenges.join(walking, junho);
		this.challenges.join(walking, sora);
		this.challenges.checkIn(walking, minji);
		this.challenges.checkIn(walking, sora);
		this.challenges.create(junho, new ChallengeCommand("30일 영어 원서 읽기 📚", "매일 10쪽씩 읽고 한 줄 감상을 남겨요.",
				today.plusDays(1), today.plusDays(30)));

		long picnic = this.socialing.create(sora, new MeetupCommand("한강 피크닉 & 보드게임 🎲",
				"돗자리와 보드게임을 챙겨 갈게요. 간식 하나씩 가져오세요!", "여의도 한강공원 물빛광장", seoulTime(today.plusDays(3), 14), 6));
		this.socialing.rsvp(picnic, minji);
		long climb = this.socialing.create(minji, new MeetupCommand("퇴근 후 실내 클라이밍", "처음이어도 괜찮아요. 장비는 현장에서 빌릴 수 있어요.",
				"성수역 3번 출구 앞", seoulTime(today.plusDays(5), 19), 4));
		this.socialing.rsvp(climb, junho);
		this.socialing.rsvp(climb, sora);
		this.socialing.create(junho, new MeetupCommand("원데이 베이킹 클래스: 마들렌", "재료는 준비해 둘게요. 앞치마만 챙겨 오세요 🧁", "망원동 공유주방",
				seoulTime(today.plusDays(9), 11), 8));
	}

	private static Instant seoulTime(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(TimeFormat.SEOUL).toInstant();
	}

	private long member(String username, String displayName) {
		return this.members
			.signUp(new SignUpCommand(username, username + "@demo.buddyverse.link", displayName, DEMO_PASSWORD))
			.id();
	}

}
