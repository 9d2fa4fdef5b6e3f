package com.buddyverse.club.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.buddyverse.club.domain.ClubCategory;
import com.buddyverse.club.domain.ClubRuleException;
import com.buddyverse.club.domain.ClubService;
import com.buddyverse.club.domain.DuplicateClubNameException;
import com.buddyverse.common.Paging;
import com.buddyverse.media.RejectedUploadException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/club")
class ClubController {

	static final String LIST_VIEW = "club/list";

	static final String DETAIL_VIEW = "club/detail";

	static final String FORM_VIEW = "club/form";

	/** Longer queries cannot match a name (50 characters at most). */
	private static final int MAX_QUERY = 50;

	private final ClubService clubs;

	ClubController(ClubService clubs) {
		this.clubs = clubs;
	}

	@InitBinder("form")
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id", "cover");
	}

	@ModelAttribute("categories")
	ClubCategory[] categories() {
		return ClubCategory.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String q,
			@RequestParam(required = false) ClubCategory category, Model model) {
		String query = (q != null) ? q.strip() : "";
		query = query.substring(0, Math.min(MAX_QUERY, query.length()));
		model.addAttribute("clubs", this.clubs.list(query, category, Paging.zeroBased(page)));
		model.addAttribute("q", query);
		model.addAttribute("category", category);
		model.addAttribute("pagerBase", listUrl(query, category));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String read(@PathVariable long id, Model model) {
		model.addAttribute("club", this.clubs.read(id));
		return DETAIL_VIEW;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", ClubForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") ClubForm form,
			BindingResult result, @RequestParam(name = "cover", required = false) MultipartFile cover,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			long id = this.clubs.create(me.id(), form.toCommand(), cover);
			redirect.addFlashAttribute("flash", "club.saved");
			return "redirect:/club/" + id;
		}
		catch (DuplicateClubNameException ex) {
			result.rejectValue("name", "club.name.taken");
		}
		catch (RejectedUploadException ex) {
			rejected(ex, result, response);
		}
		return FORM_VIEW;
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("form", ClubForm.of(this.clubs.editable(id, me.id())));
		model.addAttribute("clubId", id);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute("form") ClubForm form, BindingResult result,
			@RequestParam(name = "cover", required = false) MultipartFile cover,
			@RequestParam(defaultValue = "false") boolean removeCover, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("clubId", id);
		if (result.hasErrors()) {
			this.clubs.editable(id, me.id());
			return FORM_VIEW;
		}
		try {
			this.clubs.edit(id, me.id(), form.toCommand(), cover, removeCover);
			redirect.addFlashAttribute("flash", "club.saved");
			return "redirect:/club/" + id;
		}
		catch (DuplicateClubNameException ex) {
			result.rejectValue("name", "club.name.taken");
		}
		catch (RejectedUploadException ex) {
			rejected(ex, result, response);
		}
		return FORM_VIEW;
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		this.clubs.delete(id, me.id());
		redirect.addFlashAttribute("flash", "club.deleted");
		return "redirect:/club";
	}

	@PostMapping("/{id}/join")
	String join(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "club.joined", (clubId) -> this.clubs.join(clubId, me.id()));
	}

	@PostMapping("/{id}/leave")
	String leave(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "club.left", (clubId) -> this.clubs.leave(clubId, me.id()));
	}

	@PostMapping("/{id}/hand-over")
	String handOver(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, @RequestParam long newOwnerId,
			RedirectAttributes redirect) {
		return act(id, redirect, "club.handedOver", (clubId) -> this.clubs.handOver(clubId, me.id(), newOwnerId));
	}

	/**
	 * The list URL keeping the search, for the pager to add its page to. URLEncoder, not
	 * a URI builder: it also escapes {@code +} and {@code &} in what the member typed.
	 */
	static String listUrl(String query, ClubCategory category) {
		var params = new ArrayList<String>();
		if (!query.isEmpty()) {
			params.add("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		}
		if (category != null) {
			params.add("category=" + category.name());
		}
		return params.isEmpty() ? "/club" : "/club?" + String.join("&", params);
	}

	/**
	 * The form comes back with the reason, under the status the storage chose (e.g. 415).
	 */
	private static void rejected(RejectedUploadException ex, BindingResult result, HttpServletResponse response) {
		result.reject(ex.messageKey(), ex.arguments(), null);
		response.setStatus(ex.status().value());
	}

	/** Runs a membership action and comes back to the club page saying how it went. */
	private static String act(long id, RedirectAttributes redirect, String doneKey, Consumer<Long> action) {
		try {
			action.accept(id);
			redirect.addFlashAttribute("flash", doneKey);
		}
		catch (ClubRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/club/" + id;
	}

}
