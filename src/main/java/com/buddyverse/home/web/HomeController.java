package com.buddyverse.home.web;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.review.domain.ReviewService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home/index";

	private static final int LATEST = 6;

	private final BoardService board;

	private final ReviewService reviews;

	HomeController(BoardService board, ReviewService reviews) {
		this.board = board;
		this.reviews = reviews;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("posts", this.board.latest(LATEST));
		model.addAttribute("reviews", this.reviews.latest(LATEST));
		return VIEW;
	}

}
