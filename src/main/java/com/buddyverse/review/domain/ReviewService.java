package com.buddyverse.review.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.buddyverse.common.ForbiddenException;
import com.buddyverse.common.KeysetPage;
import com.buddyverse.common.NotFoundException;
import com.buddyverse.common.PageCursor;
import com.buddyverse.media.MediaStorage;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
public class ReviewService {

	public static final int PAGE_SIZE = 20;

	static final String MEDIA_AREA = "review";

	private final ReviewRepository reviews;

	private final ReviewPhotoRepository photos;

	private final MediaStorage storage;

	private final ReviewCount reviewCount;

	private final Clock clock;

	ReviewService(ReviewRepository reviews, ReviewPhotoRepository photos, MediaStorage storage, ReviewCount reviewCount,
			Clock clock) {
		this.reviews = reviews;
		this.photos = photos;
		this.storage = storage;
		this.reviewCount = reviewCount;
		this.clock = clock;
	}

	/**
	 * One page of reviews, newest first: its ids, then their rows. Two statements; the
	 * total comes from {@link ReviewCount}.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<ReviewSummary> list(PageCursor cursor) {
		return KeysetPage.read(cursor, this.reviewCount.get(), PAGE_SIZE, this.reviews, this.reviews::findSummaries);
	}

	@Transactional(readOnly = true)
	public List<ReviewSummary> latest(int count) {
		var ids = this.reviews.findNewestIds(0, count);
		return ids.isEmpty() ? List.of() : this.reviews.findSummaries(ids);
	}

	@Transactional(readOnly = true)
	public List<ReviewSummary> recentReviewsBy(long authorId, int count) {
		return this.reviews.findSummariesByAuthor(authorId, PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public ReviewDetails read(long reviewId) {
		var details = this.reviews.findDetails(reviewId).orElseThrow(() -> notFound(reviewId));
		return details.withPhotos(photoViews(reviewId));
	}

	@Transactional(readOnly = true)
	public PhotoView photo(long reviewId, long photoId) {
		return this.photos.findById(photoId)
			.filter((photo) -> photo.getReviewId() == reviewId)
			.map(ReviewPhoto::toView)
			.orElseThrow(() -> new NotFoundException("photo", photoId));
	}

	@Transactional(readOnly = true)
	public ReviewEditableView editable(long reviewId, long memberId) {
		return new ReviewEditableView(ownReview(reviewId, memberId).toCommand(), photoViews(reviewId));
	}

	/** Writes a review with its photos; if anything fails, no row and no file remain. */
	@Transactional
	public long write(long authorId, ReviewCommand command, List<MultipartFile> uploads) {
		var files = nonEmpty(uploads);
		checkPhotoCount(files.size());
		var review = this.reviews.save(new Review(authorId, command, this.clock.instant()));
		attach(review.getId(), files, 0);
		this.reviewCount.adjust(1);
		return review.getId();
	}

	@Transactional
	public void edit(long reviewId, long memberId, ReviewCommand command, List<MultipartFile> uploads,
			Set<Long> photoIdsToRemove) {
		var review = ownReview(reviewId, memberId);
		review.edit(command, this.clock.instant());
		var current = this.photos.findByReviewIdOrderByPosition(reviewId);
		var removed = current.stream().filter((photo) -> photoIdsToRemove.contains(photo.getId())).toList();
		var files = nonEmpty(uploads);
		checkPhotoCount(current.size() - removed.size() + files.size());
		this.photos.deleteAll(removed);
		this.storage.deleteAfterCommit(pathsOf(removed));
		int nextPosition = current.stream().mapToInt(ReviewPhoto::getPosition).max().orElse(-1) + 1;
		attach(reviewId, files, nextPosition);
	}

	@Transactional
	public void delete(long reviewId, long memberId) {
		var review = ownReview(reviewId, memberId);
		var attached = this.photos.findByReviewIdOrderByPosition(reviewId);
		this.photos.deleteAll(attached);
		this.reviews.delete(review);
		this.storage.deleteAfterCommit(pathsOf(attached));
		this.reviewCount.adjust(-1);
	}

	private void attach(long reviewId, List<MultipartFile> files, int firstPosition) {
		int position = firstPosition;
		for (var file : files) {
			var image = this.storage.storeImage(MEDIA_AREA, file);
			this.photos.save(new ReviewPhoto(reviewId, position++, image));
		}
	}

	private void checkPhotoCount(int count) {
		this.storage.checkFileCount(count);
	}

	private List<PhotoView> photoViews(long reviewId) {
		return this.photos.findByReviewIdOrderByPosition(reviewId).stream().map(ReviewPhoto::toView).toList();
	}

	private Review ownReview(long reviewId, long memberId) {
		var review = this.reviews.findById(reviewId).orElseThrow(() -> notFound(reviewId));
		if (!review.isWrittenBy(memberId)) {
			throw new ForbiddenException("review " + reviewId + " is not by member " + memberId);
		}
		return review;
	}

	private static List<MultipartFile> nonEmpty(List<MultipartFile> uploads) {
		return (uploads != null) ? uploads.stream().filter((file) -> file != null && !file.isEmpty()).toList()
				: List.of();
	}

	private static List<String> pathsOf(Collection<ReviewPhoto> photos) {
		var paths = new ArrayList<String>();
		photos.forEach((photo) -> {
			paths.add(photo.getStoragePath());
			paths.add(photo.getThumbnailPath());
		});
		return paths;
	}

	private static NotFoundException notFound(long reviewId) {
		return new NotFoundException("review", reviewId);
	}

}
