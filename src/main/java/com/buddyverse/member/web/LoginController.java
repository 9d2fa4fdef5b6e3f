package com.buddyverse.member.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the login form and a logout confirmation for links and bookmarks to /logout;
 * Spring Security processes both POSTs (logging out takes a CSRF-protected POST).
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "member/login";
	}

	@GetMapping("/logout")
	String confirmLogout() {
		return "member/logout";
	}

}
