package com.buddyverse.home.web;

import com.buddyverse.home.domain.HomePage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home/index";

	private static final int LATEST = 6;

	private final HomePage homePage;

	HomeController(HomePage homePage) {
		this.homePage = homePage;
	}

	@GetMapping("/")
	String home(Model model) {
		var blocks = this.homePage.latest(LATEST);
		model.addAttribute("posts", blocks.posts());
		model.addAttribute("reviews", blocks.reviews());
		model.addAttribute("clubs", blocks.clubs());
		model.addAttribute("meetups", blocks.meetups());
		return VIEW;
	}

}
