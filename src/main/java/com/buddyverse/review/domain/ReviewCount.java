package com.buddyverse.review.domain;

import java.time.Clock;

import com.buddyverse.common.CachedCount;

import org.springframework.stereotype.Component;

/** The number of reviews the review list's pager shows. */
@Component
class ReviewCount extends CachedCount {

	ReviewCount(ReviewRepository reviews, Clock clock) {
		super(reviews::count, clock);
	}

}
