package com.buddyverse.review.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewPhotoRepository extends JpaRepository<ReviewPhoto, Long> {

	List<ReviewPhoto> findByReviewIdOrderByPosition(long reviewId);

}
