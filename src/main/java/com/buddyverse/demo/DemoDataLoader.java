package com.buddyverse.demo;

import java.awt.Color;
import java.util.List;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.member.domain.DuplicateAccountException;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.member.domain.SignUpCommand;
import com.buddyverse.review.domain.ReviewCommand;
import com.buddyverse.review.domain.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills a new local site with members, posts, comments and reviews with photos, so a
 * newcomer sees a living community. Runs once: the first demo account marks it done.
 */
@Component
@ConditionalOnProperty(name = "buddy.demo-data.enabled", havingValue = "true")
class DemoDataLoader {

	static final String DEMO_PASSWORD = "buddy1234";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final MemberService members;

	private final BoardService board;

	private final ReviewService reviews;

	DemoDataLoader(MemberService members, BoardService board, ReviewService reviews) {
		this.members = members;
		this.board = board;
		this.reviews = reviews;
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
		log.info("Loaded demo content: members minji, junho and sora (password '{}')", DEMO_PASSWORD);
	}

	private long member(String username, String displayName) {
		return this.members
			.signUp(new SignUpCommand(username, username + "@demo.buddyverse.link", displayName, DEMO_PASSWORD))
			.id();
	}

}
