package com.buddyverse.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.member.domain.WrongPasswordException;
import com.buddyverse.review.domain.ReviewService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProfileController {

	static final String VIEW = "member/profile";

	private static final int RECENT = 10;

	private final MemberService members;

	private final BoardService board;

	private final ReviewService reviews;

	private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

	ProfileController(MemberService members, BoardService board, ReviewService reviews) {
		this.members = members;
		this.board = board;
		this.reviews = reviews;
	}

	@GetMapping("/me")
	String profile(@AuthenticationPrincipal MemberPrincipal me, Model model) {
		model.addAttribute("nameForm", new DisplayNameForm(me.displayName()));
		model.addAttribute("passwordForm", PasswordChangeForm.empty());
		return show(me, model);
	}

	@PostMapping("/me/name")
	String rename(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("nameForm") DisplayNameForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", PasswordChangeForm.empty());
			return show(me, model);
		}
		String displayName = form.displayName().strip();
		this.members.changeDisplayName(me.id(), displayName);
		refreshPrincipal(me.withDisplayName(displayName), request, response);
		redirect.addFlashAttribute("flash", "member.profile.renamed");
		return "redirect:/me";
	}

	@PostMapping("/me/password")
	String changePassword(@AuthenticationPrincipal MemberPrincipal me,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPasswordConfirm") && !form.passwordsMatch()) {
			result.rejectValue("newPasswordConfirm", "member.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.members.changePassword(me.id(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("flash", "member.profile.passwordChanged");
				return "redirect:/me";
			}
			catch (WrongPasswordException ex) {
				result.rejectValue("currentPassword", "member.password.current.wrong");
			}
		}
		model.addAttribute("nameForm", new DisplayNameForm(me.displayName()));
		return show(me, model);
	}

	private String show(MemberPrincipal me, Model model) {
		model.addAttribute("profile", this.members.profile(me.id()));
		model.addAttribute("posts", this.board.recentPostsBy(me.id(), RECENT));
		model.addAttribute("reviews", this.reviews.recentReviewsBy(me.id(), RECENT));
		return VIEW;
	}

	private void refreshPrincipal(MemberPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
	}

}
