package com.buddyverse.board.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import com.buddyverse.board.domain.BoardService;
import com.buddyverse.board.domain.PostCommand;
import com.buddyverse.board.domain.PostDetails;
import com.buddyverse.board.domain.PostSummary;
import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.KeysetPage;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.common.PageCursor;
import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.support.InMemoryIds;
import com.buddyverse.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
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
		given(this.board.list(PageCursor.page(0))).willReturn(page(PageCursor.page(0), 3));
		this.mvc.perform(get("/board"))
			.andExpect(status().isOk())
			.andExpect(view().name(BoardController.LIST_VIEW))
			.andExpect(content().string(containsString("글 3")))
			.andExpect(content().string(not(containsString("pagination"))));
	}

	@Test
	void pageNumbersBelowOneShowTheFirstPage() throws Exception {
		given(this.board.list(PageCursor.page(0))).willReturn(page(PageCursor.page(0), 0));
		this.mvc.perform(get("/board").param("page", "-3")).andExpect(status().isOk());
		then(this.board).should().list(PageCursor.page(0));
	}

	@Test
	void nextAndPreviousLinksCarryTheIdJustOutsideThePage() throws Exception {
		var third = page(PageCursor.page(2), 200);
		given(this.board.list(any())).willReturn(third);
		this.mvc.perform(get("/board").param("page", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/board?page=1\">처음</a>")))
			.andExpect(content().string(containsString("href=\"/board?page=2&amp;before=160\">이전</a>")))
			.andExpect(content().string(containsString(">3 / 10</span>")))
			.andExpect(content().string(containsString("href=\"/board?page=4&amp;after=141\">다음</a>")))
			.andExpect(content().string(containsString("href=\"/board?page=10\">마지막</a>")));
	}

	@Test
	void linksToTheFirstAndLastPagesGoByNumber() throws Exception {
		given(this.board.list(any())).willReturn(page(PageCursor.page(1), 200));
		this.mvc.perform(get("/board").param("page", "2"))
			.andExpect(content().string(containsString("rel=\"prev\" href=\"/board?page=1\">")))
			.andExpect(content().string(containsString("href=\"/board?page=3&amp;after=161\"")));
		given(this.board.list(any())).willReturn(page(PageCursor.page(8), 200));
		this.mvc.perform(get("/board").param("page", "9"))
			.andExpect(content().string(containsString("href=\"/board?page=8&amp;before=40\"")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/board?page=10\"")));
	}

	@Test
	void theEndsOfTheListDisableTheirLinks() throws Exception {
		given(this.board.list(any())).willReturn(page(PageCursor.page(0), 45));
		this.mvc.perform(get("/board"))
			.andExpect(content().string(containsString("<span class=\"page-link\">처음</span>")))
			.andExpect(content().string(containsString("<span class=\"page-link\">이전</span>")))
			.andExpect(content().string(containsString("href=\"/board?page=3\">마지막</a>")))
			.andExpect(content().string(not(containsString("page=0"))));
		given(this.board.list(any())).willReturn(page(PageCursor.page(2), 45));
		this.mvc.perform(get("/board").param("page", "3"))
			.andExpect(content().string(containsString(">3 / 3</span>")))
			.andExpect(content().string(containsString("<span class=\"page-link\">다음</span>")))
			.andExpect(content().string(containsString("<span class=\"page-link\">마지막</span>")))
			.andExpect(content().string(not(containsString("page=4"))));
	}

	@Test
	void englishPagerSaysFirstAndLast() throws Exception {
		given(this.board.list(any())).willReturn(page(PageCursor.page(2), 200));
		this.mvc.perform(get("/board").param("page", "3").cookie(new Cookie("BUDDYLANG", "en")))
			.andExpect(content().string(containsString(">First</a>")))
			.andExpect(content().string(containsString(">Last</a>")));
	}

	@Test
	void theLinksBoundaryIdsReachTheService() throws Exception {
		given(this.board.list(any())).willReturn(page(PageCursor.page(0), 0));
		this.mvc.perform(get("/board").param("page", "4").param("after", "141")).andExpect(status().isOk());
		then(this.board).should().list(new PageCursor(3, 141L, null));
		this.mvc.perform(get("/board").param("page", "2").param("before", "160")).andExpect(status().isOk());
		then(this.board).should().list(new PageCursor(1, null, 160L));
	}

	@Test
	void boundaryIdsThePagerNeverWritesShowThePageByItsNumber() throws Exception {
		given(this.board.list(any())).willReturn(page(PageCursor.page(0), 0));
		this.mvc.perform(get("/board").param("page", "5").param("after", "10").param("before", "20"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/board").param("page", "5").param("after", "-10")).andExpect(status().isOk());
		this.mvc.perform(get("/board").param("page", "5").param("before", "0")).andExpect(status().isOk());
		this.mvc.perform(get("/board").param("page", "5").param("after", "")).andExpect(status().isOk());
		then(this.board).should(times(4)).list(PageCursor.page(4));
		this.mvc.perform(get("/board").param("page", "2147483647").param("after", String.valueOf(Long.MAX_VALUE)))
			.andExpect(status().isOk());
	}

	@Test
	void nonNumericOrOverflowingBoundaryIdsAndPagesAreBadRequests() throws Exception {
		for (var param : List.of(new String[] { "after", "abc" }, new String[] { "before", "1.5" },
				new String[] { "after", "99999999999999999999" }, new String[] { "before", "1e3" },
				new String[] { "page", "99999999999" })) {
			this.mvc.perform(get("/board").param(param[0], param[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("잘못된 요청입니다")));
		}
		then(this.board).should(never()).list(any());
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

	/** Page {@code cursor} of a board whose posts have the ids 1 to {@code total}. */
	private static KeysetPage<PostSummary> page(PageCursor cursor, int total) {
		return KeysetPage.read(cursor, total, BoardService.PAGE_SIZE, InMemoryIds.upTo(total),
				(ids) -> ids.stream().map((id) -> new PostSummary(id, "글 " + id, "작가", Instant.EPOCH, 0)).toList());
	}

}
