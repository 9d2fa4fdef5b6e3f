package com.buddyverse.member.web;

import jakarta.validation.Valid;

import com.buddyverse.member.domain.DuplicateAccountException;
import com.buddyverse.member.domain.MemberService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignUpController {

	static final String VIEW = "member/signup";

	private final MemberService members;

	SignUpController(MemberService members) {
		this.members = members;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return VIEW;
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("passwordConfirm") && !form.passwordsMatch()) {
			result.rejectValue("passwordConfirm", "member.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.members.signUp(form.toCommand());
		}
		catch (DuplicateAccountException ex) {
			result.rejectValue(ex.field(), "member." + ex.field() + ".taken");
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "member.signup.done");
		return "redirect:/login";
	}

}
