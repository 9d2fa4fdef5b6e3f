package com.buddyverse.board.web;

import jakarta.validation.Valid;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.common.PageCursor;
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
@RequestMapping("/board")
class BoardController {

	static final String LIST_VIEW = "board/list";

	static final String DETAIL_VIEW = "board/detail";

	static final String FORM_VIEW = "board/form";

	private final BoardService board;

	BoardController(BoardService board) {
		this.board = board;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * {@code after} and {@code before} come from the pager's next and previous links (the
	 * id just outside the page): those pages cost the same at any depth.
	 */
	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long after,
			@RequestParam(required = false) Long before, Model model) {
		model.addAttribute("posts", this.board.list(PageCursor.of(page, after, before)));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String read(@PathVariable long id, Model model) {
		model.addAttribute("post", this.board.read(id));
		model.addAttribute("commentForm", CommentForm.empty());
		return DETAIL_VIEW;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", PostForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") PostForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		long id = this.board.write(me.id(), form.toCommand());
		redirect.addFlashAttribute("flash", "board.saved");
		return "redirect:/board/" + id;
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("form", PostForm.of(this.board.editable(id, me.id())));
		model.addAttribute("postId", id);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute("form") PostForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.board.editable(id, me.id());
			model.addAttribute("postId", id);
			return FORM_VIEW;
		}
		this.board.edit(id, me.id(), form.toCommand());
		redirect.addFlashAttribute("flash", "board.saved");
		return "redirect:/board/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		this.board.delete(id, me.id());
		redirect.addFlashAttribute("flash", "board.deleted");
		return "redirect:/board";
	}

	@PostMapping("/{id}/comments")
	String comment(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("post", this.board.read(id));
			return DETAIL_VIEW;
		}
		this.board.comment(id, me.id(), form.content().strip());
		return "redirect:/board/" + id + "#comments";
	}

	@PostMapping("/{id}/comments/{commentId}/delete")
	String deleteComment(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@PathVariable long commentId) {
		this.board.deleteComment(id, commentId, me.id());
		return "redirect:/board/" + id + "#comments";
	}

}
