package com.buddyverse.board.web;

import java.time.Instant;
import java.util.List;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.board.domain.PostDetails;
import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(BoardController.class)
@Import(WebSliceConfiguration.class)
@ActiveProfiles("test")
class BoardControllerTest {

	private static final MemberPrincipal AUTHOR = new MemberPrincipal(7, "author", "작가", "unused");

	private static final MemberPrincipal STRANGER = new MemberPrincipal(8, "stranger", "낯선이", "unused");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BoardService board;

	@Test
	void listShowsPostsNewestFirstFromTheService() throws Exception {
		given(this.board.list(0)).willReturn(Page.empty());
		this.mvc.perform(get("/board")).andExpect(status().isOk()).andExpect(view().name(BoardController.LIST_VIEW));
	}

	@Test
	void pageNumbersBelowOneShowTheFirstPage() throws Exception {
		given(this.board.list(0)).willReturn(Page.empty());
		this.mvc.perform(get("/board").param("page", "-3")).andExpect(status().isOk());
		then(this.board).should().list(0);
	}

	@Test
	void nonNumericPageIsABadRequestPage() throws Exception {
		this.mvc.perform(get("/board").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("BOARD")));
	}

	@Test
	void nonNumericOrOverflowingIdIsABadRequest() throws Exception {
		this.mvc.perform(get("/board/abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/board/99999999999999999999999")).andExpect(status().isBadRequest());
	}

	@Test
	void missingPostAnswersNotFoundInTheLayout() throws Exception {
		given(this.board.read(404L)).willThrow(new NotFoundException("post", 404L));
		this.mvc.perform(get("/board/404"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("CHALLENGE")));
	}

	@Test
	void anyoneCanReadAPost() throws Exception {
		given(this.board.read(5L))
			.willReturn(new PostDetails(5, 7, "작가", "제목 😀", "본문", Instant.EPOCH, Instant.EPOCH, List.of()));
		this.mvc.perform(get("/board/5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제목 😀")));
	}

	@Test
	void anonymousIsSentToLoginToWrite() throws Exception {
		this.mvc.perform(get("/board/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/board").with(csrf()).param("title", "t").param("content", "c"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		then(this.board).should(never()).write(anyLong(), any());
	}

	@Test
	void postWithoutCsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/board").with(user(AUTHOR)).param("title", "t").param("content", "c"))
			.andExpect(status().isForbidden());
		then(this.board).should(never()).write(anyLong(), any());
	}

	@Test
	void memberCanWriteAPost() throws Exception {
		given(this.board.write(eq(7L), any())).willReturn(42L);
		this.mvc
			.perform(post("/board").with(user(AUTHOR)).with(csrf()).param("title", "  등산 ").param("content", "같이 가요"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/board/42"));
		then(this.board).should().write(7L, new PostCommand("등산", "같이 가요"));
	}

	@Test
	void blankOrOverlongTitleIsShownNextToTheField() throws Exception {
		this.mvc.perform(post("/board").with(user(AUTHOR)).with(csrf()).param("title", " ").param("content", "c"))
			.andExpect(status().isOk())
			.andExpect(view().name(BoardController.FORM_VIEW))
			.andExpect(content().string(containsString("제목을 입력해 주세요.")));
		this.mvc.perform(
				post("/board").with(user(AUTHOR)).with(csrf()).param("title", "가".repeat(101)).param("content", "c"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제목은 100자 이내로 입력해 주세요.")));
		then(this.board).should(never()).write(anyLong(), any());
	}

	@Test
	void missingFormFieldsAreValidationErrorsNotServerErrors() throws Exception {
		this.mvc.perform(post("/board").with(user(AUTHOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(BoardController.FORM_VIEW));
	}

	@Test
	void strangerGetsForbiddenOnEdit() throws Exception {
		given(this.board.editable(5L, 8L)).willThrow(new ForbiddenException("not yours"));
		willThrowForbiddenOnChange();
		this.mvc.perform(get("/board/5/edit").with(user(STRANGER)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("본인이 작성한 글만")));
		this.mvc
			.perform(post("/board/5/edit").with(user(STRANGER)).with(csrf()).param("title", "x").param("content", "y"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/board/5/delete").with(user(STRANGER)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void authorCanEditOwnPost() throws Exception {
		given(this.board.editable(5L, 7L)).willReturn(new PostCommand("제목", "본문"));
		this.mvc.perform(get("/board/5/edit").with(user(AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("본문")));
		this.mvc.perform(
				post("/board/5/edit").with(user(AUTHOR)).with(csrf()).param("title", "새 제목").param("content", "새 본문"))
			.andExpect(redirectedUrl("/board/5"));
		then(this.board).should().edit(5L, 7L, new PostCommand("새 제목", "새 본문"));
	}

	@Test
	void idInFormDataCannotRedirectTheEdit() throws Exception {
		this.mvc
			.perform(post("/board/5/edit").with(user(AUTHOR))
				.with(csrf())
				.param("id", "6")
				.param("title", "t")
				.param("content", "c"))
			.andExpect(redirectedUrl("/board/5"));
		then(this.board).should().edit(5L, 7L, new PostCommand("t", "c"));
	}

	private void willThrowForbiddenOnChange() {
		org.mockito.BDDMockito.willThrow(new ForbiddenException("not yours"))
			.given(this.board)
			.edit(eq(5L), eq(8L), any());
		org.mockito.BDDMockito.willThrow(new ForbiddenException("not yours")).given(this.board).delete(5L, 8L);
	}

}
