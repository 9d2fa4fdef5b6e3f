package com.buddyverse.review.web;

import java.time.Instant;
import java.util.List;

import com.buddyverse.common.KeysetPage;
import com.buddyverse.common.PageCursor;
import com.buddyverse.media.MediaStorage;
import com.buddyverse.review.domain.ReviewService;
import com.buddyverse.review.domain.ReviewSummary;
import com.buddyverse.support.InMemoryIds;
import com.buddyverse.support.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ReviewController.class)
@Import(WebSliceConfiguration.class)
@ActiveProfiles("test")
class ReviewControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReviewService reviews;

	@MockitoBean
	MediaStorage storage;

	@BeforeEach
	void uploadLimits() {
		given(this.storage.maxFileSize()).willReturn(DataSize.ofMegabytes(10));
		given(this.storage.maxFilesPerUpload()).willReturn(5);
	}

	@Test
	void listPagerLinksCarryTheIdJustOutsideThePage() throws Exception {
		given(this.reviews.list(new PageCursor(3, 141L, null))).willReturn(page(PageCursor.page(3), 200));
		this.mvc.perform(get("/review").param("page", "4").param("after", "141"))
			.andExpect(status().isOk())
			.andExpect(view().name(ReviewController.LIST_VIEW))
			.andExpect(content().string(containsString("리뷰 140")))
			.andExpect(content().string(containsString("href=\"/review?page=1\">처음</a>")))
			.andExpect(content().string(containsString("href=\"/review?page=3&amp;before=140\"")))
			.andExpect(content().string(containsString(">4 / 10</span>")))
			.andExpect(content().string(containsString("href=\"/review?page=5&amp;after=121\"")))
			.andExpect(content().string(containsString("href=\"/review?page=10\">마지막</a>")));
	}

	@Test
	void boundaryIdsThePagerNeverWritesShowThePageByItsNumber() throws Exception {
		given(this.reviews.list(any())).willReturn(page(PageCursor.page(0), 0));
		this.mvc.perform(get("/review").param("page", "2").param("after", "1").param("before", "9"))
			.andExpect(status().isOk());
		then(this.reviews).should().list(PageCursor.page(1));
		this.mvc.perform(get("/review").param("page", "-7").param("before", "-1")).andExpect(status().isOk());
		then(this.reviews).should().list(PageCursor.page(0));
	}

	@Test
	void nonNumericOrOverflowingBoundaryIdsAreBadRequests() throws Exception {
		for (var query : List.of("after=abc", "before=9223372036854775808", "page=x&after=1", "before=1.0")) {
			this.mvc.perform(get("/review?" + query))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("잘못된 요청입니다")));
		}
		then(this.reviews).should(never()).list(any());
	}

	/** Page {@code cursor} of reviews with the ids 1 to {@code total}. */
	private static KeysetPage<ReviewSummary> page(PageCursor cursor, int total) {
		return KeysetPage.read(cursor, total, ReviewService.PAGE_SIZE, InMemoryIds.upTo(total),
				(ids) -> ids.stream()
					.map((id) -> new ReviewSummary(id, "리뷰 " + id, "작가", Instant.EPOCH, 4, null))
					.toList());
	}

}
