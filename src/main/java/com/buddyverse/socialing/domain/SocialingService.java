package com.buddyverse.socialing.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetups and their seats. The host holds the first seat; seats are counted on the meetup
 * row and every change to that count is one guarded UPDATE on the primary, so the count
 * never passes the capacity whichever instances serve the RSVPs.
 */
@Service
public class SocialingService {

	public static final int PAGE_SIZE = 20;

	public static final int MIN_CAPACITY = 2;

	public static final int MAX_CAPACITY = 100;

	private final MeetupRepository meetups;

	private final MeetupAttendeeRepository attendees;

	private final Clock clock;

	SocialingService(MeetupRepository meetups, MeetupAttendeeRepository attendees, Clock clock) {
		this.meetups = meetups;
		this.attendees = attendees;
		this.clock = clock;
	}

	/**
	 * Meetups yet to start and not cancelled, soonest first; {@code page} counts from 0.
	 */
	@Transactional(readOnly = true)
	public Page<MeetupSummary> list(int page) {
		return this.meetups.findUpcoming(this.clock.instant(), PageRequest.of(page, PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public List<MeetupSummary> upcoming(int count) {
		return this.meetups.findNext(this.clock.instant(), PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public MeetupDetails read(long meetupId) {
		var details = this.meetups.findDetails(meetupId).orElseThrow(() -> notFound(meetupId));
		return details.at(this.clock.instant(), this.attendees.findViews(meetupId));
	}

	/** The meetup as its host may edit it; anyone else is refused. */
	@Transactional(readOnly = true)
	public MeetupCommand editable(long meetupId, long memberId) {
		var meetup = this.meetups.findById(meetupId).orElseThrow(() -> notFound(meetupId));
		checkHost(meetup, memberId);
		return meetup.toCommand();
	}

	@Transactional
	public long create(long hostId, MeetupCommand command) {
		checkValues(command, this.clock.instant());
		long meetupId = this.meetups.save(new Meetup(hostId, command, this.clock.instant())).getId();
		rsvp(meetupId, hostId);
		return meetupId;
	}

	/** Edits an open meetup; its capacity cannot drop below the seats already taken. */
	@Transactional
	public void edit(long meetupId, long memberId, MeetupCommand command) {
		Instant now = this.clock.instant();
		var meetup = this.meetups.findForUpdate(meetupId).orElseThrow(() -> notFound(meetupId));
		checkHost(meetup, memberId);
		checkOpen(meetup, now);
		checkValues(command, now);
		if (command.capacity() < meetup.getAttendeeCount()) {
			throw new MeetupFieldException("capacity", "socialing.capacity.belowAttendees");
		}
		meetup.edit(command, now);
	}

	/** The host calls the meetup off; it stays visible as cancelled. */
	@Transactional
	public void cancel(long meetupId, long memberId) {
		Instant now = this.clock.instant();
		var meetup = this.meetups.findForUpdate(meetupId).orElseThrow(() -> notFound(meetupId));
		checkHost(meetup, memberId);
		checkOpen(meetup, now);
		meetup.cancel(now);
	}

	/**
	 * Takes a seat for the member, or refuses: full, cancelled, past, or already
	 * attending.
	 */
	@Transactional
	public void rsvp(long meetupId, long memberId) {
		Instant now = this.clock.instant();
		var meetup = this.meetups.findById(meetupId).orElseThrow(() -> notFound(meetupId));
		checkOpen(meetup, now);
		if (this.attendees.existsByMeetupIdAndMemberId(meetupId, memberId)) {
			throw new MeetupRuleException("socialing.rsvp.already",
					"member " + memberId + " already attends meetup " + meetupId);
		}
		if (this.meetups.takeSeat(meetupId, now) == 0) {
			throw new MeetupRuleException("socialing.rsvp.full", "meetup " + meetupId + " is full");
		}
		try {
			this.attendees.saveAndFlush(new MeetupAttendee(meetupId, memberId, now));
		}
		catch (DataIntegrityViolationException ex) {
			// The same member's second request won a seat too; rolling back returns it.
			throw new MeetupRuleException("socialing.rsvp.already",
					"member " + memberId + " already attends meetup " + meetupId);
		}
	}

	/** Gives the member's seat back; the host cannot, they cancel the meetup instead. */
	@Transactional
	public void cancelRsvp(long meetupId, long memberId) {
		var meetup = this.meetups.findById(meetupId).orElseThrow(() -> notFound(meetupId));
		checkOpen(meetup, this.clock.instant());
		if (meetup.isHostedBy(memberId)) {
			throw new MeetupRuleException("socialing.rsvp.hostStays",
					"host " + memberId + " cannot leave meetup " + meetupId);
		}
		if (this.attendees.deleteAttendance(meetupId, memberId) > 0) {
			this.meetups.releaseSeat(meetupId);
		}
	}

	private static void checkValues(MeetupCommand command, Instant now) {
		if (!command.startsAt().isAfter(now)) {
			throw new MeetupFieldException("startsAt", "socialing.startsAt.future");
		}
		if (command.capacity() < MIN_CAPACITY || command.capacity() > MAX_CAPACITY) {
			throw new MeetupFieldException("capacity", "socialing.capacity.range");
		}
	}

	private static void checkOpen(Meetup meetup, Instant now) {
		if (meetup.isCancelled()) {
			throw new MeetupRuleException("socialing.closed.cancelled", "meetup " + meetup.getId() + " cancelled");
		}
		if (meetup.isClosedAt(now)) {
			throw new MeetupRuleException("socialing.closed.past", "meetup " + meetup.getId() + " has started");
		}
	}

	private static void checkHost(Meetup meetup, long memberId) {
		if (!meetup.isHostedBy(memberId)) {
			throw new ForbiddenException("meetup " + meetup.getId() + " is not hosted by member " + memberId);
		}
	}

	private static NotFoundException notFound(long meetupId) {
		return new NotFoundException("meetup", meetupId);
	}

}
