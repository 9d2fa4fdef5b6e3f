package com.buddyverse.challenge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import com.buddyverse.challenge.domain.ChallengeDateException;
import com.buddyverse.challenge.domain.ChallengeRuleException;
import com.buddyverse.challenge.domain.ChallengeService;
import com.buddyverse.common.Paging;
import com.buddyverse.common.TimeFormat;
import com.buddyverse.member.domain.MemberPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/challenge")
class ChallengeController {

	static final String LIST_VIEW = "challenge/list";

	static final String DETAIL_VIEW = "challenge/detail";

	static final String FORM_VIEW = "challenge/form";

	private final ChallengeService challenges;

	private final Clock clock;

	ChallengeController(ChallengeService challenges, Clock clock) {
		this.challenges = challenges;
		this.clock = clock;
	}

	@InitBinder("form")
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("challenges", this.challenges.list(Paging.zeroBased(page)));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String read(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("challenge", this.challenges.read(id, (me != null) ? me.id() : null));
		return DETAIL_VIEW;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form",
				ChallengeForm.startingOn(LocalDate.ofInstant(this.clock.instant(), TimeFormat.SEOUL)));
		return FORM_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") ChallengeForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			long id = this.challenges.create(me.id(), form.toCommand());
			redirect.addFlashAttribute("flash", "challenge.saved");
			return "redirect:/challenge/" + id;
		}
		catch (ChallengeDateException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("form", ChallengeForm.of(this.challenges.editable(id, me.id())));
		model.addAttribute("challengeId", id);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute("form") ChallengeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("challengeId", id);
		if (result.hasErrors()) {
			this.challenges.editable(id, me.id());
			return FORM_VIEW;
		}
		try {
			this.challenges.edit(id, me.id(), form.toCommand());
			redirect.addFlashAttribute("flash", "challenge.saved");
			return "redirect:/challenge/" + id;
		}
		catch (ChallengeDateException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM_VIEW;
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		this.challenges.delete(id, me.id());
		redirect.addFlashAttribute("flash", "challenge.deleted");
		return "redirect:/challenge";
	}

	@PostMapping("/{id}/join")
	String join(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "challenge.joined", (challengeId) -> this.challenges.join(challengeId, me.id()));
	}

	@PostMapping("/{id}/check-in")
	String checkIn(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "challenge.checkedIn", (challengeId) -> this.challenges.checkIn(challengeId, me.id()));
	}

	/** Runs a participant action and comes back to the challenge saying how it went. */
	private static String act(long id, RedirectAttributes redirect, String doneKey, Consumer<Long> action) {
		try {
			action.accept(id);
			redirect.addFlashAttribute("flash", doneKey);
		}
		catch (ChallengeRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/challenge/" + id;
	}

}
