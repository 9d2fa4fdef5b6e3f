package com.buddyverse.socialing.web;

import java.time.Instant;

import com.buddyverse.member.domain.MemberPrincipal;
import com.buddyverse.socialing.domain.MeetupCommand;
import com.buddyverse.socialing.domain.MeetupFieldException;
import com.buddyverse.socialing.domain.MeetupRuleException;
import com.buddyverse.socialing.domain.SocialingService;
import com.buddyverse.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SocialingController.class)
@Import(WebSliceConfiguration.class)
@ActiveProfiles("test")
class SocialingControllerTest {

	private static final MemberPrincipal HOST = new MemberPrincipal(7, "host", "호스트", "unused");

	private static final MemberPrincipal GUEST = new MemberPrincipal(8, "guest", "손님", "unused");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SocialingService socialing;

	@Test
	void startTimeIsReadAsSeoulWallClockTime() throws Exception {
		given(this.socialing.create(eq(7L), any())).willReturn(42L);
		this.mvc.perform(meetup("2031-03-10T19:00", "4").with(user(HOST)))
			.andExpect(redirectedUrl("/socialing/42"))
			.andExpect(flash().attribute("flash", "socialing.saved"));

		var command = ArgumentCaptor.forClass(MeetupCommand.class);
		then(this.socialing).should().create(eq(7L), command.capture());
		assertThat(command.getValue().startsAt()).isEqualTo(Instant.parse("2031-03-10T10:00:00Z"));
		assertThat(command.getValue().capacity()).isEqualTo(4);
	}

	@Test
	void capacityOutOfRangeOrNotANumberStaysOnTheForm() throws Exception {
		for (String capacity : new String[] { "1", "101", "many", "" }) {
			this.mvc.perform(meetup("2031-03-10T19:00", capacity).with(user(HOST)))
				.andExpect(status().isOk())
				.andExpect(view().name(SocialingController.FORM_VIEW))
				.andExpect(model().attributeHasFieldErrors("form", "capacity"));
		}
		then(this.socialing).should(never()).create(anyLong(), any());
	}

	@Test
	void pastStartIsShownNextToTheDateField() throws Exception {
		given(this.socialing.create(eq(7L), any()))
			.willThrow(new MeetupFieldException("startsAt", "socialing.startsAt.future"));
		this.mvc.perform(meetup("2020-01-01T10:00", "4").with(user(HOST)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "startsAt", "socialing.startsAt.future"));
	}

	@Test
	void fullMeetupSendsTheMemberBackWithTheReason() throws Exception {
		willThrow(new MeetupRuleException("socialing.rsvp.full", "full")).given(this.socialing).rsvp(5, 8);
		this.mvc.perform(post("/socialing/5/rsvp").with(user(GUEST)).with(csrf()))
			.andExpect(redirectedUrl("/socialing/5"))
			.andExpect(flash().attribute("flashError", "socialing.rsvp.full"));
	}

	@Test
	void anonymousRsvpIsSentToLogin() throws Exception {
		this.mvc.perform(post("/socialing/5/rsvp").with(csrf())).andExpect(redirectedUrl("/login"));
		then(this.socialing).shouldHaveNoInteractions();
	}

	private static MockHttpServletRequestBuilder meetup(String startsAt, String capacity) {
		return post("/socialing").param("title", "보드게임 번개")
			.param("description", "초보 환영")
			.param("place", "홍대입구역")
			.param("startsAt", startsAt)
			.param("capacity", capacity)
			.with(csrf());
	}

}
