package com.buddyverse.socialing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetupRepository extends JpaRepository<Meetup, Long> {

	String SUMMARY = "select new com.buddyverse.socialing.domain.MeetupSummary(e.id, e.title, e.place, e.startsAt, "
			+ "e.capacity, e.attendeeCount, m.displayName) from Meetup e join Member m on m.id = e.hostId ";

	String UPCOMING = "where e.startsAt > :now and e.cancelledAt is null ";

	@Query(value = SUMMARY + UPCOMING + "order by e.startsAt, e.id",
			countQuery = "select count(e) from Meetup e " + UPCOMING)
	Page<MeetupSummary> findUpcoming(Instant now, Pageable pageable);

	@Query(SUMMARY + UPCOMING + "order by e.startsAt, e.id")
	List<MeetupSummary> findNext(Instant now, Pageable pageable);

	@Query("select new com.buddyverse.socialing.domain.MeetupDetails(e.id, e.hostId, m.displayName, e.title, "
			+ "e.description, e.place, e.startsAt, e.capacity, e.attendeeCount, e.cancelledAt) "
			+ "from Meetup e join Member m on m.id = e.hostId where e.id = :id")
	Optional<MeetupDetails> findDetails(long id);

	/**
	 * The meetup with its row locked until commit, so no seat is taken meanwhile. Native
	 * because Hibernate's MySQL dialect writes {@code FOR UPDATE OF <alias>}, which
	 * MariaDB does not accept; plain {@code FOR UPDATE} works on both.
	 */
	@Query(value = "select * from meetup where id = :id for update", nativeQuery = true)
	Optional<Meetup> findForUpdate(long id);

	/**
	 * Takes a seat if one is free and the meetup is still open. The check and the
	 * increment are one statement under the row lock, so two members on two instances can
	 * never both take the last seat: one of them sees 0 rows updated.
	 */
	@Modifying
	@Query("update Meetup e set e.attendeeCount = e.attendeeCount + 1 where e.id = :id "
			+ "and e.attendeeCount < e.capacity and e.cancelledAt is null and e.startsAt > :now")
	int takeSeat(long id, Instant now);

	@Modifying
	@Query("update Meetup e set e.attendeeCount = e.attendeeCount - 1 where e.id = :id and e.attendeeCount > 0")
	int releaseSeat(long id);

}
