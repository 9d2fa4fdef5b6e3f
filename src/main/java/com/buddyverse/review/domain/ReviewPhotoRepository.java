package com.buddyverse.review.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewPhotoRepository extends JpaRepository<ReviewPhoto, Long> {

	List<ReviewPhoto> findByReviewIdOrderByPosition(long reviewId);

	@Query("select p.storagePath from ReviewPhoto p where p.storagePath in :paths")
	List<String> findStoragePathsIn(Collection<String> paths);

	@Query("select p.thumbnailPath from ReviewPhoto p where p.thumbnailPath in :paths")
	List<String> findThumbnailPathsIn(Collection<String> paths);

}
