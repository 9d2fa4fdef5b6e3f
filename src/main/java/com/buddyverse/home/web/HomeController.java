package com.buddyverse.home.web;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.club.domain.ClubService;
import com.buddyverse.review.domain.ReviewService;
import com.buddyverse.socialing.domain.SocialingService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home/index";

	private static final int LATEST = 6;

	private final BoardService board;

	private final ReviewService reviews;

	private final ClubService clubs;

	private final SocialingService socialing;

	HomeController(BoardService board, ReviewService reviews, ClubService clubs, SocialingService socialing) {
		this.board = board;
		this.reviews = reviews;
		this.clubs = clubs;
		this.socialing = socialing;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("posts", this.board.latest(LATEST));
		model.addAttribute("reviews", this.reviews.latest(LATEST));
		model.addAttribute("clubs", this.clubs.latest(LATEST));
		model.addAttribute("meetups", this.socialing.upcoming(LATEST));
		return VIEW;
	}

}
