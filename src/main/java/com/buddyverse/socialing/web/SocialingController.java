package com.buddyverse.socialing.web;

import java.util.function.Consumer;

import jakarta.validation.Valid;

import com.buddyverse.common.Paging;
import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.socialing.domain.MeetupFieldException;
import com.buddyverse.socialing.domain.MeetupRuleException;
import com.buddyverse.socialing.domain.SocialingService;

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
@RequestMapping("/socialing")
class SocialingController {

	static final String LIST_VIEW = "socialing/list";

	static final String DETAIL_VIEW = "socialing/detail";

	static final String FORM_VIEW = "socialing/form";

	private final SocialingService socialing;

	SocialingController(SocialingService socialing) {
		this.socialing = socialing;
	}

	@InitBinder("form")
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("meetups", this.socialing.list(Paging.zeroBased(page)));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String read(@PathVariable long id, Model model) {
		model.addAttribute("meetup", this.socialing.read(id));
		return DETAIL_VIEW;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", MeetupForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") MeetupForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			long id = this.socialing.create(me.id(), form.toCommand());
			redirect.addFlashAttribute("flash", "socialing.saved");
			return "redirect:/socialing/" + id;
		}
		catch (MeetupFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("form", MeetupForm.of(this.socialing.editable(id, me.id())));
		model.addAttribute("meetupId", id);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute("form") MeetupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("meetupId", id);
		if (result.hasErrors()) {
			this.socialing.editable(id, me.id());
			return FORM_VIEW;
		}
		try {
			this.socialing.edit(id, me.id(), form.toCommand());
			redirect.addFlashAttribute("flash", "socialing.saved");
			return "redirect:/socialing/" + id;
		}
		catch (MeetupFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM_VIEW;
		}
		catch (MeetupRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/socialing/" + id;
		}
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "socialing.cancelled", (meetupId) -> this.socialing.cancel(meetupId, me.id()));
	}

	@PostMapping("/{id}/rsvp")
	String rsvp(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "socialing.rsvp.done", (meetupId) -> this.socialing.rsvp(meetupId, me.id()));
	}

	@PostMapping("/{id}/cancel-rsvp")
	String cancelRsvp(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "socialing.rsvp.cancelled",
				(meetupId) -> this.socialing.cancelRsvp(meetupId, me.id()));
	}

	/** Runs a seat or host action and comes back to the meetup saying how it went. */
	private static String act(long id, RedirectAttributes redirect, String doneKey, Consumer<Long> action) {
		try {
			action.accept(id);
			redirect.addFlashAttribute("flash", doneKey);
		}
		catch (MeetupRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/socialing/" + id;
	}

}
