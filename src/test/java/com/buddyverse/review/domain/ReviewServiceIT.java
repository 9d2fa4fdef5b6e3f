package com.buddyverse.review.domain;

import java.awt.Color;
import java.time.Clock;
import java.util.List;

import com.buddyverse.common.PageCursor;
import com.buddyverse.media.MediaStorage;
import com.buddyverse.member.domain.MemberService;
import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.Members;
import com.buddyverse.support.PageWalks;
import com.buddyverse.support.TestImages;
import com.buddyverse.support.TransactionalProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ReviewServiceIT {

	@Autowired
	ReviewService reviewService;

	@Autowired
	ReviewRepository reviews;

	@Autowired
	ReviewPhotoRepository photos;

	@Autowired
	MediaStorage storage;

	@Autowired
	MemberService members;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void listShowsNewestFirstWithAuthorRatingAndTheFirstPhotosThumbnail() {
		var author = Members.signUp(this.members, "rlist");
		var photo = new MockMultipartFile("photos", "cup.png", "image/png", TestImages.png(200, 150, Color.ORANGE));
		long older = this.reviewService.write(author.id(), new ReviewCommand("먼저 쓴 리뷰", "내용", 2), List.of(photo));
		long newer = this.reviewService.write(author.id(), new ReviewCommand("나중 리뷰 ✨", "내용", 5), List.of());
		EmbeddedDatabase.awaitReplication();

		var first = this.reviewService.list(PageCursor.page(0)).getContent();
		assertThat(first).extracting(ReviewSummary::id).containsSubsequence(newer, older);
		var newest = first.stream().filter((review) -> review.id() == newer).findFirst().orElseThrow();
		assertThat(newest.authorName()).isEqualTo("rlist님");
		assertThat(newest.rating()).isEqualTo(5);
		assertThat(newest.thumbnailPath()).isNull();
		var withPhoto = first.stream().filter((review) -> review.id() == older).findFirst().orElseThrow();
		assertThat(withPhoto.thumbnailPath())
			.isEqualTo(this.reviewService.read(older).photos().getFirst().thumbnailPath());
		assertThat(this.reviewService.latest(2)).isEqualTo(first.subList(0, 2));
	}

	@Test
	void aReviewWrittenOrDeletedHereChangesThePagerTotalAtOnce() {
		var author = Members.signUp(this.members, "rtotal");
		long before = this.reviewService.list(PageCursor.page(0)).getTotalElements();
		long review = this.reviewService.write(author.id(), new ReviewCommand("하나 더", "내용", 3), List.of());
		EmbeddedDatabase.awaitReplication();
		assertThat(this.reviewService.list(PageCursor.page(0)).getTotalElements()).isEqualTo(before + 1);

		this.reviewService.delete(review, author.id());
		EmbeddedDatabase.awaitReplication();
		assertThat(this.reviewService.list(PageCursor.page(0)).getTotalElements()).isEqualTo(before);
	}

	@Test
	void keysetAndBackHalfPagesHoldExactlyTheRowsOfOffsetPages() {
		var author = Members.signUp(this.members, "rwalk");
		long existing = this.reviews.count();
		// Enough reviews for a few pages, ending on a partial last page of 13.
		long toWrite = 60 + Math.floorMod(13 - (existing + 60), ReviewService.PAGE_SIZE);
		for (int i = 0; i < toWrite; i++) {
			this.reviewService.write(author.id(), new ReviewCommand("걷기 " + i, "내용", 1 + i % 5), List.of());
		}
		EmbeddedDatabase.awaitReplication();
		var newestFirst = this.reviews.findNewestIds(0, Integer.MAX_VALUE);
		assertThat(newestFirst.size() % ReviewService.PAGE_SIZE).isEqualTo(13);

		PageWalks.assertEveryWayMatchesOffsets(freshlyCounted()::list, ReviewSummary::id, newestFirst,
				ReviewService.PAGE_SIZE);
	}

	@Test
	void emptyOnePageExactlyTwentyAndTwentyOneReviews() {
		var author = Members.signUp(this.members, "redges");
		// Inside one transaction that is rolled back: the other tests' reviews are gone
		// meanwhile, so the list holds exactly the reviews written here.
		new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
			this.reviews.deleteAllInBatch();
			int written = 0;
			for (int size : new int[] { 0, 1, 20, 21 }) {
				for (; written < size; written++) {
					this.reviews.save(new Review(author.id(), new ReviewCommand("가장자리 " + written, "내용", 4),
							this.clock.instant()));
				}
				var newestFirst = this.reviews.findNewestIds(0, Integer.MAX_VALUE);
				assertThat(newestFirst).hasSize(size);
				PageWalks.assertEveryWayMatchesOffsets(freshlyCounted()::list, ReviewSummary::id, newestFirst,
						ReviewService.PAGE_SIZE);
			}
			transaction.setRollbackOnly();
		});
	}

	/**
	 * The service as the context builds it, but with a count of its own: the context's
	 * kept count may be a few seconds behind reviews other test contexts wrote.
	 */
	private ReviewService freshlyCounted() {
		return TransactionalProxy.of(new ReviewService(this.reviews, this.photos, this.storage,
				new ReviewCount(this.reviews, this.clock), this.clock), this.transactions);
	}

}
