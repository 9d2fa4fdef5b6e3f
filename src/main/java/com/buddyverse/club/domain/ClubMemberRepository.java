package com.buddyverse.club.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClubMemberRepository extends JpaRepository<ClubMember, Long> {

	@Query("select new com.buddyverse.club.domain.ClubMemberView(m.id, m.displayName, cm.joinedAt) "
			+ "from ClubMember cm join Member m on m.id = cm.memberId where cm.clubId = :clubId order by cm.id")
	List<ClubMemberView> findViews(long clubId, Pageable pageable);

	boolean existsByClubIdAndMemberId(long clubId, long memberId);

	@Modifying
	@Query("delete from ClubMember cm where cm.clubId = :clubId and cm.memberId = :memberId")
	int deleteMembership(long clubId, long memberId);

}
