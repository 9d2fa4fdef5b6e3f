package com.buddyverse.socialing.domain;

import java.time.Duration;
import java.time.Instant;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.MutableClock;
import com.buddyverse.support.TransactionalProxy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Meetup rules on the real database, with a clock the test moves so that meetups can
 * start and pass.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SocialingServiceIT {

	private static final Instant NOW = Instant.parse("2031-03-10T03:00:00Z");

	private static final Instant IN_TWO_DAYS = NOW.plus(Duration.ofDays(2));

	@Autowired
	MeetupRepository meetupRepository;

	@Autowired
	MeetupAttendeeRepository attendeeRepository;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MemberService members;

	private final MutableClock clock = new MutableClock(NOW);

	private SocialingService socialing;

	@BeforeEach
	void serviceOnTestClock() {
		this.clock.set(NOW);
		this.socialing = TransactionalProxy
			.of(new SocialingService(this.meetupRepository, this.attendeeRepository, this.clock), this.transactions);
	}

	@Test
	void hostHoldsTheFirstSeatAndAFullMeetupRefusesMore() {
		long host = Members.signUp(this.members, "host").id();
		long first = Members.signUp(this.members, "first").id();
		long second = Members.signUp(this.members, "second").id();
		long id = this.socialing.create(host, meetup(IN_TWO_DAYS, 2));

		this.socialing.rsvp(id, first);
		assertRefused(() -> this.socialing.rsvp(id, second), "socialing.rsvp.full");
		assertRefused(() -> this.socialing.rsvp(id, first), "socialing.rsvp.already");
		EmbeddedDatabase.awaitReplication();
		var full = this.socialing.read(id);
		assertThat(full.status()).isEqualTo(MeetupStatus.FULL);
		assertThat(full.attendees()).extracting(AttendeeView::memberId).containsExactly(host, first);

		this.socialing.cancelRsvp(id, first);
		this.socialing.rsvp(id, second);
		EmbeddedDatabase.awaitReplication();
		var after = this.socialing.read(id);
		assertThat(after.attendeeCount()).isEqualTo(2);
		assertThat(after.attendees()).extracting(AttendeeView::memberId).containsExactly(host, second);
	}

	@Test
	void hostCannotDropOutButCanCancel() {
		long host = Members.signUp(this.members, "host").id();
		long guest = Members.signUp(this.members, "guest").id();
		long id = this.socialing.create(host, meetup(IN_TWO_DAYS, 5));

		assertRefused(() -> this.socialing.cancelRsvp(id, host), "socialing.rsvp.hostStays");
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.socialing.cancel(id, guest));
		this.socialing.cancel(id, host);

		assertRefused(() -> this.socialing.rsvp(id, guest), "socialing.closed.cancelled");
		EmbeddedDatabase.awaitReplication();
		assertThat(this.socialing.read(id).status()).isEqualTo(MeetupStatus.CANCELLED);
		assertThat(this.socialing.upcoming(100)).extracting(MeetupSummary::id).doesNotContain(id);
	}

	@Test
	void meetupClosesOnceItStarts() {
		long host = Members.signUp(this.members, "host").id();
		long guest = Members.signUp(this.members, "guest").id();
		long late = Members.signUp(this.members, "late").id();
		long id = this.socialing.create(host, meetup(IN_TWO_DAYS, 5));
		this.socialing.rsvp(id, guest);

		this.clock.set(IN_TWO_DAYS);
		assertRefused(() -> this.socialing.rsvp(id, late), "socialing.closed.past");
		assertRefused(() -> this.socialing.cancelRsvp(id, guest), "socialing.closed.past");
		assertRefused(() -> this.socialing.edit(id, host, meetup(IN_TWO_DAYS.plusSeconds(3600), 5)),
				"socialing.closed.past");
		EmbeddedDatabase.awaitReplication();
		assertThat(this.socialing.read(id).status()).isEqualTo(MeetupStatus.CLOSED);
		assertThat(this.socialing.upcoming(100)).extracting(MeetupSummary::id).doesNotContain(id);
	}

	@Test
	void capacityCannotDropBelowTheSeatsTaken() {
		long host = Members.signUp(this.members, "host").id();
		long id = this.socialing.create(host, meetup(IN_TWO_DAYS, 4));
		this.socialing.rsvp(id, Members.signUp(this.members, "one").id());
		this.socialing.rsvp(id, Members.signUp(this.members, "two").id());

		assertFieldRefused(() -> this.socialing.edit(id, host, meetup(IN_TWO_DAYS, 2)), "capacity",
				"socialing.capacity.belowAttendees");
		this.socialing.edit(id, host, meetup(IN_TWO_DAYS, 3));
		EmbeddedDatabase.awaitReplication();
		assertThat(this.socialing.read(id).status()).isEqualTo(MeetupStatus.FULL);
	}

	@Test
	void meetupMustStartInTheFutureWithTwoToOneHundredSeats() {
		long host = Members.signUp(this.members, "host").id();
		assertFieldRefused(() -> this.socialing.create(host, meetup(NOW, 4)), "startsAt", "socialing.startsAt.future");
		assertFieldRefused(() -> this.socialing.create(host, meetup(IN_TWO_DAYS, 1)), "capacity",
				"socialing.capacity.range");
		assertFieldRefused(() -> this.socialing.create(host, meetup(IN_TWO_DAYS, 101)), "capacity",
				"socialing.capacity.range");
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.socialing.edit(this.socialing.create(host, meetup(IN_TWO_DAYS, 100)),
					Members.signUp(this.members, "stranger").id(), meetup(IN_TWO_DAYS, 4)));
	}

	@Test
	void upcomingListsTheSoonestFirst() {
		long host = Members.signUp(this.members, "host").id();
		long later = this.socialing.create(host, meetup(NOW.plus(Duration.ofDays(3)), 4));
		long sooner = this.socialing.create(host, meetup(NOW.plus(Duration.ofHours(1)), 4));
		EmbeddedDatabase.awaitReplication();
		assertThat(this.socialing.upcoming(100)).extracting(MeetupSummary::id).containsSubsequence(sooner, later);
	}

	private static MeetupCommand meetup(Instant startsAt, int capacity) {
		return new MeetupCommand("보드게임 번개 🎲", "초보 환영", "홍대입구역 9번 출구", startsAt, capacity);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(MeetupRuleException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private static void assertFieldRefused(Runnable action, String field, String messageKey) {
		assertThatExceptionOfType(MeetupFieldException.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

}
