package com.buddyverse.review.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.buddyverse.common.PageCursor;
import com.buddyverse.media.MediaStorage;
import com.buddyverse.media.RejectedUploadException;
import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.review.domain.ReviewService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/review")
class ReviewController {

	static final String LIST_VIEW = "review/list";

	static final String DETAIL_VIEW = "review/detail";

	static final String FORM_VIEW = "review/form";

	private final ReviewService reviews;

	private final MediaStorage storage;

	ReviewController(ReviewService reviews, MediaStorage storage) {
		this.reviews = reviews;
		this.storage = storage;
	}

	@InitBinder("form")
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id", "photos");
	}

	/**
	 * {@code after} and {@code before} come from the pager's next and previous links (the
	 * id just outside the page): those pages cost the same at any depth.
	 */
	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long after,
			@RequestParam(required = false) Long before, Model model) {
		model.addAttribute("reviews", this.reviews.list(PageCursor.of(page, after, before)));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String read(@PathVariable long id, Model model) {
		model.addAttribute("review", this.reviews.read(id));
		return DETAIL_VIEW;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", ReviewForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") ReviewForm form,
			BindingResult result, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			long id = this.reviews.write(me.id(), form.toCommand(), photos);
			redirect.addFlashAttribute("flash", "review.saved");
			return "redirect:/review/" + id;
		}
		catch (RejectedUploadException ex) {
			rejected(ex, result, response);
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
		var editable = this.reviews.editable(id, me.id());
		model.addAttribute("form", ReviewForm.of(editable.command()));
		return editFormView(id, editable.photos(), model);
	}

	@PostMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id,
			@Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@RequestParam(name = "removePhoto", required = false) Set<Long> removePhoto, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reviews.edit(id, me.id(), form.toCommand(), photos,
						(removePhoto != null) ? removePhoto : Set.of());
				redirect.addFlashAttribute("flash", "review.saved");
				return "redirect:/review/" + id;
			}
			catch (RejectedUploadException ex) {
				rejected(ex, result, response);
			}
		}
		return editFormView(id, this.reviews.editable(id, me.id()).photos(), model);
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		this.reviews.delete(id, me.id());
		redirect.addFlashAttribute("flash", "review.deleted");
		return "redirect:/review";
	}

	/**
	 * A file or request over the limits fails while the container reads the body, before
	 * anything is bound: the member gets the form back (the text they typed is lost with
	 * the body; an edit shows the saved text) with the reason, as a 413.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge(@AuthenticationPrincipal MemberPrincipal me, HttpServletRequest request) {
		var view = new ModelAndView(FORM_VIEW);
		view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		var rejection = this.storage.uploadTooLarge();
		Long reviewId = reviewIdOf(request);
		ReviewForm form;
		if (reviewId != null && me != null) {
			var editable = this.reviews.editable(reviewId, me.id());
			form = ReviewForm.of(editable.command());
			view.addObject("reviewId", reviewId);
			view.addObject("photos", editable.photos());
		}
		else {
			form = ReviewForm.empty();
		}
		var result = new BeanPropertyBindingResult(form, "form");
		result.reject(rejection.messageKey(), rejection.arguments(), null);
		view.addObject("form", form);
		view.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
		view.addObject("uploadLimits", uploadLimits());
		return view;
	}

	@ModelAttribute("uploadLimits")
	UploadLimits uploadLimits() {
		return new UploadLimits(this.storage.maxFileSize().toMegabytes(), this.storage.maxFilesPerUpload());
	}

	/** What the form tells members about the limits before they pick files. */
	record UploadLimits(long megabytesPerFile, int files) {
	}

	private static void rejected(RejectedUploadException ex, BindingResult result, HttpServletResponse response) {
		result.reject(ex.messageKey(), ex.arguments(), null);
		response.setStatus(ex.status().value());
	}

	private static Long reviewIdOf(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id && id.chars().allMatch(Character::isDigit)
				&& !id.isEmpty()) {
			return Long.valueOf(id);
		}
		return null;
	}

	private String editFormView(long id, List<?> photos, Model model) {
		model.addAttribute("reviewId", id);
		model.addAttribute("photos", photos);
		return FORM_VIEW;
	}

}
