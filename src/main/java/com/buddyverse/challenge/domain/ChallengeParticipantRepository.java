package com.buddyverse.challenge.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChallengeParticipantRepository extends JpaRepository<ChallengeParticipant, Long> {

	@Query("select new com.buddyverse.challenge.domain.LeaderboardEntry(m.id, m.displayName, p.checkInCount) "
			+ "from ChallengeParticipant p join Member m on m.id = p.memberId where p.challengeId = :challengeId "
			+ "order by p.checkInCount desc, p.id")
	List<LeaderboardEntry> findLeaderboard(long challengeId, Pageable pageable);

	Optional<ChallengeParticipant> findByChallengeIdAndMemberId(long challengeId, long memberId);

	boolean existsByChallengeIdAndMemberId(long challengeId, long memberId);

	/** Counts a check-in; 0 rows means the member has not joined the challenge. */
	@Modifying
	@Query("update ChallengeParticipant p set p.checkInCount = p.checkInCount + 1 "
			+ "where p.challengeId = :challengeId and p.memberId = :memberId")
	int countCheckIn(long challengeId, long memberId);

}
