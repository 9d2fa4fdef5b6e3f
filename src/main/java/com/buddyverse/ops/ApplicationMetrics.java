package com.buddyverse.ops;

import com.buddyverse.media.StoredImage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.aspectj.lang.annotation.AfterReturning;
import org.aspectj.lang.annotation.Aspect;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counts what members do (sign-ups, posts, reviews, uploaded photos and their bytes) by
 * watching the features' services from outside, so the features carry no metrics code.
 * Outside the transaction advice (a write counts only once it has committed), inside
 * Spring's ExposeInvocationInterceptor (HIGHEST_PRECEDENCE + 1), which AspectJ advice
 * needs in front of it.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ApplicationMetrics {

	private final Counter signUps;

	private final Counter posts;

	private final Counter reviews;

	private final DistributionSummary uploads;

	ApplicationMetrics(MeterRegistry meters) {
		this.signUps = Counter.builder("buddy.members.signups").description("Accounts created").register(meters);
		this.posts = Counter.builder("buddy.board.posts").description("Board posts written").register(meters);
		this.reviews = Counter.builder("buddy.reviews.written").description("Reviews written").register(meters);
		// A summary publishes count and total: uploads and their bytes from one meter.
		this.uploads = DistributionSummary.builder("buddy.media.uploads")
			.description("Uploaded files and their size")
			.baseUnit("bytes")
			.register(meters);
	}

	@AfterReturning("execution(* com.buddyverse.member.domain.MemberService.signUp(..))")
	void signedUp() {
		this.signUps.increment();
	}

	@AfterReturning("execution(long com.buddyverse.board.domain.BoardService.write(..))")
	void postWritten() {
		this.posts.increment();
	}

	@AfterReturning("execution(long com.buddyverse.review.domain.ReviewService.write(..))")
	void reviewWritten() {
		this.reviews.increment();
	}

	@AfterReturning(
			pointcut = "execution(com.buddyverse.media.StoredImage com.buddyverse.media.MediaStorage.storeImage(..))",
			returning = "stored")
	void uploaded(StoredImage stored) {
		this.uploads.record(stored.sizeBytes());
	}

}
