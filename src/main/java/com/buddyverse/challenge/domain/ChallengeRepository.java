package com.buddyverse.challenge.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	@Query(value = "select new com.buddyverse.challenge.domain.ChallengeSummary(c.id, c.title, m.displayName, "
			+ "c.startDate, c.endDate, c.participantCount) from Challenge c join Member m on m.id = c.ownerId "
			+ "order by c.id desc", countQuery = "select count(c) from Challenge c")
	Page<ChallengeSummary> findSummaries(Pageable pageable);

	@Query("select new com.buddyverse.challenge.domain.ChallengeDetails(c.id, c.ownerId, m.displayName, c.title, "
			+ "c.description, c.startDate, c.endDate, c.participantCount, c.createdAt) "
			+ "from Challenge c join Member m on m.id = c.ownerId where c.id = :id")
	Optional<ChallengeDetails> findDetails(long id);

	@Modifying
	@Query("update Challenge c set c.participantCount = c.participantCount + 1 where c.id = :challengeId")
	int countParticipant(long challengeId);

}
