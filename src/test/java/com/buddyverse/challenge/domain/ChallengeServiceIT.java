package com.buddyverse.challenge.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.buddyverse.common.TimeFormat;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.MutableClock;
import com.buddyverse.support.Simultaneously;
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
 * Challenge rules that depend on the date, on the real database with a clock the test
 * moves: Seoul calendar days, inclusive periods, one check-in a day, progress and the
 * leaderboard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChallengeServiceIT {

	/** Noon in Seoul on a Monday: 2031-03-10T12:00+09:00. */
	private static final Instant NOON_IN_SEOUL = Instant.parse("2031-03-10T03:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);

	@Autowired
	ChallengeRepository challengeRepository;

	@Autowired
	ChallengeParticipantRepository participantRepository;

	@Autowired
	ChallengeCheckInRepository checkInRepository;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MemberService members;

	private final MutableClock clock = new MutableClock(NOON_IN_SEOUL);

	private ChallengeService challenges;

	@BeforeEach
	void serviceOnTestClock() {
		this.clock.set(NOON_IN_SEOUL);
		this.challenges = TransactionalProxy.of(new ChallengeService(this.challengeRepository,
				this.participantRepository, this.checkInRepository, this.clock), this.transactions);
	}

	@Test
	void participantChecksInOncePerSeoulCalendarDay() {
		long owner = Members.signUp(this.members, "walker").id();
		long id = this.challenges.create(owner, command(TODAY, TODAY.plusDays(6)));

		this.challenges.checkIn(id, owner);
		assertRefused(() -> this.challenges.checkIn(id, owner), "challenge.checkIn.already");

		// 23:59:59 in Seoul is still the same day, although UTC is 14:59:59.
		this.clock.set(Instant.parse("2031-03-10T14:59:59Z"));
		assertRefused(() -> this.challenges.checkIn(id, owner), "challenge.checkIn.already");

		// Midnight in Seoul: a new day, while UTC is still on March 10th.
		this.clock.set(Instant.parse("2031-03-10T15:00:00Z"));
		this.challenges.checkIn(id, owner);

		EmbeddedDatabase.awaitReplication();
		var progress = this.challenges.read(id, owner).myProgress();
		assertThat(progress.checkedIn()).isEqualTo(2);
		assertThat(progress.elapsed()).isEqualTo(2);
		assertThat(progress.checkedInToday()).isTrue();
		assertThat(progress.percent()).isEqualTo(100);
	}

	@Test
	void checkInIsOpenFromStartToEndDateInclusive() {
		long owner = Members.signUp(this.members, "period").id();
		long id = this.challenges.create(owner, command(TODAY.plusDays(1), TODAY.plusDays(2)));

		assertRefused(() -> this.challenges.checkIn(id, owner), "challenge.checkIn.outOfPeriod");
		moveToSeoulDay(TODAY.plusDays(1));
		this.challenges.checkIn(id, owner);
		moveToSeoulDay(TODAY.plusDays(2));
		this.challenges.checkIn(id, owner);
		moveToSeoulDay(TODAY.plusDays(3));
		assertRefused(() -> this.challenges.checkIn(id, owner), "challenge.checkIn.outOfPeriod");

		EmbeddedDatabase.awaitReplication();
		var details = this.challenges.read(id, owner);
		assertThat(details.status()).isEqualTo(ChallengeStatus.ENDED);
		assertThat(details.myProgress().elapsed()).as("elapsed days stop at the end date").isEqualTo(2);
		assertThat(details.myProgress().checkedIn()).isEqualTo(2);
	}

	@Test
	void memberMustJoinBeforeCheckingIn() {
		long owner = Members.signUp(this.members, "host").id();
		long member = Members.signUp(this.members, "joiner").id();
		long id = this.challenges.create(owner, command(TODAY, TODAY.plusDays(3)));

		assertRefused(() -> this.challenges.checkIn(id, member), "challenge.checkIn.notJoined");
		this.challenges.join(id, member);
		this.challenges.join(id, member);
		this.challenges.checkIn(id, member);

		EmbeddedDatabase.awaitReplication();
		var details = this.challenges.read(id, member);
		assertThat(details.participantCount()).as("joining twice counts once").isEqualTo(2);
		assertThat(details.myProgress().checkedIn()).isEqualTo(1);
		assertThat(this.challenges.read(id, null).myProgress()).isNull();
	}

	@Test
	void leaderboardRanksParticipantsByCheckIns() {
		var owner = Members.signUp(this.members, "ranker");
		var keen = Members.signUp(this.members, "keen");
		var late = Members.signUp(this.members, "late");
		long id = this.challenges.create(owner.id(), command(TODAY, TODAY.plusDays(9)));
		this.challenges.join(id, keen.id());
		this.challenges.join(id, late.id());
		for (int day = 0; day < 3; day++) {
			moveToSeoulDay(TODAY.plusDays(day));
			this.challenges.checkIn(id, keen.id());
			if (day > 0) {
				this.challenges.checkIn(id, owner.id());
			}
		}
		this.challenges.checkIn(id, late.id());

		EmbeddedDatabase.awaitReplication();
		var details = this.challenges.read(id, late.id());
		assertThat(details.leaderboard()).extracting(LeaderboardEntry::memberId)
			.containsExactly(keen.id(), owner.id(), late.id());
		assertThat(details.leaderboard()).extracting(LeaderboardEntry::checkInCount).containsExactly(3, 2, 1);
		assertThat(details.myProgress().percent()).as("1 of 3 days").isEqualTo(33);
		assertThat(details.percentOf(details.leaderboard().getFirst())).isEqualTo(100);
	}

	@Test
	void twoSimultaneousCheckInsCountOnce() throws Exception {
		long owner = Members.signUp(this.members, "double").id();
		long id = this.challenges.create(owner, command(TODAY, TODAY.plusDays(3)));
		var barrier = new CyclicBarrier(2);
		try (var pool = Executors.newFixedThreadPool(2)) {
			var results = new ArrayList<Future<Boolean>>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					barrier.await(10, TimeUnit.SECONDS);
					try {
						this.challenges.checkIn(id, owner);
						return true;
					}
					catch (ChallengeRuleException ex) {
						assertThat(ex.messageKey()).isEqualTo("challenge.checkIn.already");
						return false;
					}
				}));
			}
			int succeeded = 0;
			for (var result : results) {
				succeeded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(succeeded).isEqualTo(1);
		}
		EmbeddedDatabase.awaitReplication();
		assertThat(this.challenges.read(id, owner).myProgress().checkedIn()).isEqualTo(1);
	}

	@Test
	void membersJoiningAtTheSameMomentAreAllCounted() throws Exception {
		long owner = Members.signUp(this.members, "crowd").id();
		long id = this.challenges.create(owner, command(TODAY, TODAY.plusDays(3)));
		var joiners = new ArrayList<Long>();
		for (int i = 0; i < 6; i++) {
			joiners.add(Members.signUp(this.members, "joiner").id());
		}

		Simultaneously.run(joiners.size(), (i) -> this.challenges.join(id, joiners.get(i)));

		EmbeddedDatabase.awaitReplication();
		var details = this.challenges.read(id, null);
		assertThat(details.participantCount()).isEqualTo(7);
		assertThat(details.leaderboard()).hasSize(7);
	}

	@Test
	void datesMustFormAPeriodStartingTodayOrLater() {
		long owner = Members.signUp(this.members, "dates").id();
		assertDateRefused(() -> this.challenges.create(owner, command(TODAY, TODAY)), "endDate",
				"challenge.endDate.afterStart");
		assertDateRefused(() -> this.challenges.create(owner, command(TODAY.plusDays(3), TODAY.plusDays(1))), "endDate",
				"challenge.endDate.afterStart");
		assertDateRefused(() -> this.challenges.create(owner, command(TODAY.minusDays(1), TODAY.plusDays(1))),
				"startDate", "challenge.startDate.past");
		assertDateRefused(() -> this.challenges.create(owner, command(TODAY, TODAY.plusYears(2))), "endDate",
				"challenge.endDate.tooLong");
	}

	@Test
	void datesAreLockedOnceTheChallengeStarts() {
		long owner = Members.signUp(this.members, "locker").id();
		long id = this.challenges.create(owner, command(TODAY.plusDays(1), TODAY.plusDays(5)));
		this.challenges.edit(id, owner, command(TODAY.plusDays(2), TODAY.plusDays(6)));

		moveToSeoulDay(TODAY.plusDays(2));
		assertDateRefused(() -> this.challenges.edit(id, owner, command(TODAY.plusDays(3), TODAY.plusDays(6))),
				"startDate", "challenge.dates.locked");
		this.challenges.edit(id, owner, new ChallengeCommand("새 제목 ✨", "설명", TODAY.plusDays(2), TODAY.plusDays(6)));
		EmbeddedDatabase.awaitReplication();
		assertThat(this.challenges.read(id, owner).title()).isEqualTo("새 제목 ✨");
	}

	@Test
	void endedChallengeTakesNoNewParticipants() {
		long owner = Members.signUp(this.members, "ender").id();
		long member = Members.signUp(this.members, "tooLate").id();
		long id = this.challenges.create(owner, command(TODAY, TODAY.plusDays(1)));
		moveToSeoulDay(TODAY.plusDays(2));
		assertRefused(() -> this.challenges.join(id, member), "challenge.join.ended");
	}

	private void moveToSeoulDay(LocalDate day) {
		this.clock.set(day.atTime(12, 0).atZone(TimeFormat.SEOUL).toInstant());
	}

	private static ChallengeCommand command(LocalDate start, LocalDate end) {
		return new ChallengeCommand("매일 스트레칭 🧘", "하루 10분", start, end);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(ChallengeRuleException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private static void assertDateRefused(Runnable action, String field, String messageKey) {
		assertThatExceptionOfType(ChallengeDateException.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

}
