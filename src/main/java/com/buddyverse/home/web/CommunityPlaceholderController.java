package com.buddyverse.home.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * CLUB, CHALLENGE and SOCIALING until their features land: a page saying what is coming.
 */
@Controller
class CommunityPlaceholderController {

	@GetMapping("/{section:club|challenge|socialing}")
	String comingSoon(@PathVariable String section, Model model) {
		model.addAttribute("section", section);
		return "home/coming-soon";
	}

}
