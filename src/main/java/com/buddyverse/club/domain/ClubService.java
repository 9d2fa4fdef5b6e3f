package com.buddyverse.club.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.media.MediaStorage;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
public class ClubService {

	public static final int PAGE_SIZE = 12;

	/** Members shown on a club page; the count shows how many there are in all. */
	public static final int MEMBERS_SHOWN = 100;

	static final String MEDIA_AREA = "club";

	private final ClubRepository clubs;

	private final ClubMemberRepository memberships;

	private final MediaStorage storage;

	private final Clock clock;

	ClubService(ClubRepository clubs, ClubMemberRepository memberships, MediaStorage storage, Clock clock) {
		this.clubs = clubs;
		this.memberships = memberships;
		this.storage = storage;
		this.clock = clock;
	}

	/**
	 * One page of clubs, newest first, optionally only those whose name contains
	 * {@code query} and of one category; {@code page} counts from 0.
	 */
	@Transactional(readOnly = true)
	public Page<ClubSummary> list(String query, ClubCategory category, int page) {
		return this.clubs.findSummaries(containsPattern(query), category, PageRequest.of(page, PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public List<ClubSummary> latest(int count) {
		return this.clubs.findLatest(PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public ClubDetails read(long clubId) {
		var details = this.clubs.findDetails(clubId).orElseThrow(() -> notFound(clubId));
		return details.withMembers(this.memberships.findViews(clubId, PageRequest.of(0, MEMBERS_SHOWN)));
	}

	/** The club as its owner may edit it; anyone else is refused. */
	@Transactional(readOnly = true)
	public ClubCommand editable(long clubId, long memberId) {
		return ownClub(clubId, memberId).toCommand();
	}

	/** Creates a club with its owner as first member and an optional cover image. */
	@Transactional
	public long create(long ownerId, ClubCommand command, MultipartFile cover) {
		var club = new Club(ownerId, command, this.clock.instant());
		if (hasFile(cover)) {
			club.changeCover(this.storage.storeImage(MEDIA_AREA, cover), this.clock.instant());
		}
		long clubId = saveUnique(club, command.name()).getId();
		join(clubId, ownerId);
		return clubId;
	}

	@Transactional
	public void edit(long clubId, long memberId, ClubCommand command, MultipartFile cover, boolean removeCover) {
		var club = ownClub(clubId, memberId);
		club.edit(command, this.clock.instant());
		if (hasFile(cover) || removeCover) {
			var previous = coverPaths(club);
			club.changeCover(hasFile(cover) ? this.storage.storeImage(MEDIA_AREA, cover) : null, this.clock.instant());
			this.storage.deleteAfterCommit(previous);
		}
		saveUnique(club, command.name());
	}

	@Transactional
	public void delete(long clubId, long memberId) {
		var club = ownClub(clubId, memberId);
		var covers = coverPaths(club);
		this.clubs.delete(club);
		this.storage.deleteAfterCommit(covers);
	}

	/** Joins the club; joining a club one already belongs to changes nothing. */
	@Transactional
	public void join(long clubId, long memberId) {
		if (this.memberships.existsByClubIdAndMemberId(clubId, memberId)) {
			return;
		}
		// Count first: the UPDATE locks the club row, so members joining at the same
		// moment
		// queue here. Inserting first would have each hold a shared lock on the club row
		// (the foreign key check) while waiting for the other's: a deadlock.
		if (this.clubs.adjustMemberCount(clubId, 1) == 0) {
			throw notFound(clubId);
		}
		try {
			this.memberships.saveAndFlush(new ClubMember(clubId, memberId, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// The same member joined at the same moment elsewhere: one row, counted once.
			throw new ClubRuleException("club.join.already", "member " + memberId + " already in club " + clubId);
		}
	}

	/** Leaves the club; the owner must hand it over or delete it instead. */
	@Transactional
	public void leave(long clubId, long memberId) {
		var club = this.clubs.findById(clubId).orElseThrow(() -> notFound(clubId));
		if (club.isOwnedBy(memberId)) {
			throw new ClubRuleException("club.leave.owner", "owner " + memberId + " cannot leave club " + clubId);
		}
		if (this.memberships.deleteMembership(clubId, memberId) > 0) {
			this.clubs.adjustMemberCount(clubId, -1);
		}
	}

	/** The owner makes another member of the club its owner (and stays a member). */
	@Transactional
	public void handOver(long clubId, long ownerId, long newOwnerId) {
		var club = ownClub(clubId, ownerId);
		if (newOwnerId == ownerId || !this.memberships.existsByClubIdAndMemberId(clubId, newOwnerId)) {
			throw new ClubRuleException("club.handOver.notMember",
					"member " + newOwnerId + " is not in club " + clubId);
		}
		club.handOver(newOwnerId, this.clock.instant());
	}

	private Club saveUnique(Club club, String name) {
		try {
			return this.clubs.saveAndFlush(club);
		}
		catch (DataIntegrityViolationException ex) {
			// The unique key (case-insensitive by collation) is the only check that holds
			// when two instances create clubs at the same moment.
			if (String.valueOf(ex.getMessage()).contains("uk_club_name")) {
				throw new DuplicateClubNameException(name);
			}
			throw ex;
		}
	}

	private Club ownClub(long clubId, long memberId) {
		var club = this.clubs.findById(clubId).orElseThrow(() -> notFound(clubId));
		if (!club.isOwnedBy(memberId)) {
			throw new ForbiddenException("club " + clubId + " is not owned by member " + memberId);
		}
		return club;
	}

	private static List<String> coverPaths(Club club) {
		var paths = new ArrayList<String>();
		if (club.getCoverPath() != null) {
			paths.add(club.getCoverPath());
			paths.add(club.getCoverThumbnailPath());
		}
		return paths;
	}

	private static boolean hasFile(MultipartFile file) {
		return file != null && !file.isEmpty();
	}

	/**
	 * A LIKE pattern matching names that contain the query literally ({@code !} escapes).
	 */
	static String containsPattern(String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String escaped = query.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

	private static NotFoundException notFound(long clubId) {
		return new NotFoundException("club", clubId);
	}

}
