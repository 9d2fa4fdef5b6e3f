package com.buddyverse.member.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the login form; Spring Security processes the POST and the logout. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "member/login";
	}

}
