package com.buddyverse.home.domain;

import java.util.List;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostSummary;
import com.buddyverse.club.domain.ClubService;
import com.buddyverse.club.domain.ClubSummary;
import com.buddyverse.review.domain.ReviewService;
import com.buddyverse.review.domain.ReviewSummary;
import com.buddyverse.socialing.domain.MeetupSummary;
import com.buddyverse.socialing.domain.SocialingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's blocks, read in one read-only transaction: one replica connection and
 * one commit for the whole page instead of one per block (the home page is the most
 * visited page, and each transaction costs the driver three statements of its own).
 */
@Service
public class HomePage {

	private final BoardService board;

	private final ReviewService reviews;

	private final ClubService clubs;

	private final SocialingService socialing;

	HomePage(BoardService board, ReviewService reviews, ClubService clubs, SocialingService socialing) {
		this.board = board;
		this.reviews = reviews;
		this.clubs = clubs;
		this.socialing = socialing;
	}

	@Transactional(readOnly = true)
	public Blocks latest(int count) {
		return new Blocks(this.board.latest(count), this.reviews.latest(count), this.clubs.latest(count),
				this.socialing.upcoming(count));
	}

	public record Blocks(List<PostSummary> posts, List<ReviewSummary> reviews, List<ClubSummary> clubs,
			List<MeetupSummary> meetups) {
	}

}
