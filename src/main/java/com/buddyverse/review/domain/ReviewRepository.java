package com.buddyverse.review.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

	String SUMMARY = "select new com.buddyverse.review.domain.ReviewSummary(r.id, r.title, m.displayName, r.createdAt, "
			+ "r.rating, (select min(p.thumbnailPath) from ReviewPhoto p where p.reviewId = r.id and p.position = "
			+ "(select min(q.position) from ReviewPhoto q where q.reviewId = r.id))) "
			+ "from Review r join Member m on m.id = r.authorId ";

	@Query(value = SUMMARY + "order by r.id desc", countQuery = "select count(r) from Review r")
	Page<ReviewSummary> findSummaries(Pageable pageable);

	/**
	 * The newest few, for the home page: no count, which a page would need and home does
	 * not.
	 */
	@Query(SUMMARY + "order by r.id desc")
	List<ReviewSummary> findLatest(Pageable pageable);

	@Query(SUMMARY + "where r.authorId = :authorId order by r.id desc")
	List<ReviewSummary> findSummariesByAuthor(long authorId, Pageable pageable);

	@Query("select new com.buddyverse.review.domain.ReviewDetails(r.id, r.authorId, m.displayName, r.title, r.content, "
			+ "r.rating, r.createdAt, r.updatedAt) from Review r join Member m on m.id = r.authorId where r.id = :id")
	Optional<ReviewDetails> findDetails(long id);

}
