package com.buddyverse.challenge.domain;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeCheckInRepository extends JpaRepository<ChallengeCheckIn, Long> {

	boolean existsByChallengeIdAndMemberIdAndCheckInDate(long challengeId, long memberId, LocalDate checkInDate);

}
