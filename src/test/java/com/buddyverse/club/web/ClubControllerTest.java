package com.buddyverse.club.web;

import java.util.List;

import com.buddyverse.club.domain.ClubCategory;
import com.buddyverse.club.domain.ClubRuleException;
import com.buddyverse.club.domain.ClubService;
import com.buddyverse.club.domain.ClubSummary;
import com.buddyverse.club.domain.DuplicateClubNameException;
import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ClubController.class)
@Import(WebSliceConfiguration.class)
@ActiveProfiles("test")
class ClubControllerTest {

	private static final MemberPrincipal OWNER = new MemberPrincipal(7, "owner", "모임장", "unused");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ClubService clubs;

	@Test
	void pagerLinksKeepTheSearchEvenWithPlusAndAmpersand() throws Exception {
		var club = new ClubSummary(1, "C++ & 등산", ClubCategory.OUTDOOR, "모임장", 3, null, null);
		given(this.clubs.list("C++ & 등산", ClubCategory.OUTDOOR, 1))
			.willReturn(new PageImpl<>(List.of(club), PageRequest.of(1, ClubService.PAGE_SIZE), 100));

		this.mvc.perform(get("/club").param("q", "  C++ & 등산 ").param("category", "OUTDOOR").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("pagerBase", "/club?q=C%2B%2B+%26+%EB%93%B1%EC%82%B0&category=OUTDOOR"))
			.andExpect(content()
				.string(containsString("q=C%2B%2B+%26+%EB%93%B1%EC%82%B0&amp;category=OUTDOOR&amp;page=3")));
	}

	@Test
	void unknownCategoryIsABadRequest() throws Exception {
		this.mvc.perform(get("/club").param("category", "VOLCANO")).andExpect(status().isBadRequest());
	}

	@Test
	void takenNameIsShownNextToTheNameField() throws Exception {
		given(this.clubs.create(eq(7L), any(), any())).willThrow(new DuplicateClubNameException("등산"));
		this.mvc
			.perform(multipart("/club").param("name", "등산")
				.param("category", "OUTDOOR")
				.param("description", "소개")
				.with(user(OWNER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ClubController.FORM_VIEW))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "club.name.taken"));
	}

	@Test
	void ownerLeavingComesBackWithTheReason() throws Exception {
		willThrow(new ClubRuleException("club.leave.owner", "owner")).given(this.clubs).leave(5, 7);
		this.mvc.perform(post("/club/5/leave").with(user(OWNER)).with(csrf()))
			.andExpect(redirectedUrl("/club/5"))
			.andExpect(flash().attribute("flashError", "club.leave.owner"));
	}

	@Test
	void anonymousJoinIsSentToLogin() throws Exception {
		this.mvc.perform(post("/club/5/join").with(csrf())).andExpect(redirectedUrl("/login"));
		then(this.clubs).shouldHaveNoInteractions();
	}

}
