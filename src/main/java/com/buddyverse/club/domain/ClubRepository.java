package com.buddyverse.club.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClubRepository extends JpaRepository<Club, Long> {

	String SUMMARY = "select new com.buddyverse.club.domain.ClubSummary(c.id, c.name, c.category, m.displayName, "
			+ "c.memberCount, c.coverThumbnailPath, c.createdAt) from Club c join Member m on m.id = c.ownerId ";

	String FILTER = "where (:pattern is null or c.name like :pattern escape '!') "
			+ "and (:category is null or c.category = :category) ";

	@Query(value = SUMMARY + FILTER + "order by c.id desc", countQuery = "select count(c) from Club c " + FILTER)
	Page<ClubSummary> findSummaries(String pattern, ClubCategory category, Pageable pageable);

	@Query(SUMMARY + "order by c.id desc")
	List<ClubSummary> findLatest(Pageable pageable);

	@Query("select new com.buddyverse.club.domain.ClubDetails(c.id, c.ownerId, m.displayName, c.name, c.category, "
			+ "c.description, c.coverPath, c.memberCount, c.createdAt) "
			+ "from Club c join Member m on m.id = c.ownerId where c.id = :id")
	Optional<ClubDetails> findDetails(long id);

	@Query("select c.coverPath from Club c where c.coverPath in :paths")
	List<String> findCoverPathsIn(Collection<String> paths);

	@Query("select c.coverThumbnailPath from Club c where c.coverThumbnailPath in :paths")
	List<String> findCoverThumbnailPathsIn(Collection<String> paths);

	@Modifying
	@Query("update Club c set c.memberCount = c.memberCount + :delta where c.id = :clubId")
	int adjustMemberCount(long clubId, int delta);

}
