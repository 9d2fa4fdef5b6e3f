package com.buddyverse.challenge.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.common.TimeFormat;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges run on Seoul calendar days: "today" is the server clock's date in
 * Asia/Seoul, whatever zone the instance runs in.
 */
@Service
public class ChallengeService {

	public static final int PAGE_SIZE = 20;

	public static final int LEADERBOARD_SIZE = 50;

	/** Longest challenge; keeps progress numbers and the date inputs sensible. */
	static final int MAX_DAYS = 366;

	private final ChallengeRepository challenges;

	private final ChallengeParticipantRepository participants;

	private final ChallengeCheckInRepository checkIns;

	private final Clock clock;

	ChallengeService(ChallengeRepository challenges, ChallengeParticipantRepository participants,
			ChallengeCheckInRepository checkIns, Clock clock) {
		this.challenges = challenges;
		this.participants = participants;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<ChallengeSummary> list(int page) {
		LocalDate today = today();
		return this.challenges.findSummaries(PageRequest.of(page, PAGE_SIZE)).map((summary) -> summary.on(today));
	}

	/**
	 * The challenge page; {@code viewerId} (null when anonymous) sees their own progress.
	 */
	@Transactional(readOnly = true)
	public ChallengeDetails read(long challengeId, Long viewerId) {
		var details = this.challenges.findDetails(challengeId).orElseThrow(() -> notFound(challengeId));
		LocalDate today = today();
		Progress mine = null;
		if (viewerId != null) {
			mine = this.participants.findByChallengeIdAndMemberId(challengeId, viewerId)
				.map((participant) -> Progress.of(participant.getCheckInCount(), details.startDate(), details.endDate(),
						today,
						this.checkIns.existsByChallengeIdAndMemberIdAndCheckInDate(challengeId, viewerId, today)))
				.orElse(null);
		}
		return details.with(today, this.participants.findLeaderboard(challengeId, PageRequest.of(0, LEADERBOARD_SIZE)),
				mine);
	}

	@Transactional(readOnly = true)
	public ChallengeCommand editable(long challengeId, long memberId) {
		return ownChallenge(challengeId, memberId).toCommand();
	}

	/**
	 * Creates a challenge starting today or later, with its owner as first participant.
	 */
	@Transactional
	public long create(long ownerId, ChallengeCommand command) {
		checkDates(command);
		long challengeId = this.challenges.save(new Challenge(ownerId, command, this.clock.instant())).getId();
		join(challengeId, ownerId);
		return challengeId;
	}

	/** Edits a challenge; its dates may change only until it starts. */
	@Transactional
	public void edit(long challengeId, long memberId, ChallengeCommand command) {
		var challenge = ownChallenge(challengeId, memberId);
		boolean datesChanged = !command.startDate().equals(challenge.getStartDate())
				|| !command.endDate().equals(challenge.getEndDate());
		if (datesChanged) {
			if (challenge.statusOn(today()) != ChallengeStatus.UPCOMING) {
				throw new ChallengeDateException("startDate", "challenge.dates.locked");
			}
			checkDates(command);
		}
		challenge.edit(command, this.clock.instant());
	}

	@Transactional
	public void delete(long challengeId, long memberId) {
		this.challenges.delete(ownChallenge(challengeId, memberId));
	}

	/** Joins a challenge that has not ended; joining twice changes nothing. */
	@Transactional
	public void join(long challengeId, long memberId) {
		var challenge = this.challenges.findById(challengeId).orElseThrow(() -> notFound(challengeId));
		if (challenge.statusOn(today()) == ChallengeStatus.ENDED) {
			throw new ChallengeRuleException("challenge.join.ended", "challenge " + challengeId + " has ended");
		}
		if (this.participants.existsByChallengeIdAndMemberId(challengeId, memberId)) {
			return;
		}
		// Count before inserting so that simultaneous joins queue on the challenge row
		// instead of deadlocking on it (see ClubService.join).
		this.challenges.countParticipant(challengeId);
		try {
			this.participants.saveAndFlush(new ChallengeParticipant(challengeId, memberId, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ChallengeRuleException("challenge.join.already",
					"member " + memberId + " already in challenge " + challengeId);
		}
	}

	/**
	 * Checks the participant in for today (Seoul), once a day, only between the start and
	 * end dates inclusive.
	 */
	@Transactional
	public void checkIn(long challengeId, long memberId) {
		var challenge = this.challenges.findById(challengeId).orElseThrow(() -> notFound(challengeId));
		LocalDate today = today();
		if (challenge.statusOn(today) != ChallengeStatus.ACTIVE) {
			throw new ChallengeRuleException("challenge.checkIn.outOfPeriod",
					"challenge " + challengeId + " is not running on " + today);
		}
		if (this.checkIns.existsByChallengeIdAndMemberIdAndCheckInDate(challengeId, memberId, today)) {
			throw alreadyCheckedIn(challengeId, memberId, today);
		}
		// Count first: the UPDATE locks the participant row, so a second simultaneous
		// check-in waits here and then meets the unique key, instead of both holding the
		// foreign key's shared lock on that row and deadlocking.
		if (this.participants.countCheckIn(challengeId, memberId) == 0) {
			throw new ChallengeRuleException("challenge.checkIn.notJoined",
					"member " + memberId + " has not joined challenge " + challengeId);
		}
		try {
			this.checkIns.saveAndFlush(new ChallengeCheckIn(challengeId, memberId, today, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// A second tab or instance checked in at the same moment: the unique key
			// decided.
			throw alreadyCheckedIn(challengeId, memberId, today);
		}
	}

	private void checkDates(ChallengeCommand command) {
		if (command.startDate().isBefore(today())) {
			throw new ChallengeDateException("startDate", "challenge.startDate.past");
		}
		if (!command.endDate().isAfter(command.startDate())) {
			throw new ChallengeDateException("endDate", "challenge.endDate.afterStart");
		}
		if (ChronoUnit.DAYS.between(command.startDate(), command.endDate()) >= MAX_DAYS) {
			throw new ChallengeDateException("endDate", "challenge.endDate.tooLong");
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TimeFormat.SEOUL);
	}

	private Challenge ownChallenge(long challengeId, long memberId) {
		var challenge = this.challenges.findById(challengeId).orElseThrow(() -> notFound(challengeId));
		if (!challenge.isOwnedBy(memberId)) {
			throw new ForbiddenException("challenge " + challengeId + " is not owned by member " + memberId);
		}
		return challenge;
	}

	private static ChallengeRuleException alreadyCheckedIn(long challengeId, long memberId, LocalDate today) {
		return new ChallengeRuleException("challenge.checkIn.already",
				"member " + memberId + " already checked in to challenge " + challengeId + " on " + today);
	}

	private static NotFoundException notFound(long challengeId) {
		return new NotFoundException("challenge", challengeId);
	}

}
