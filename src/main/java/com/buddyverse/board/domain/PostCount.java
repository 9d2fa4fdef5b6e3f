package com.buddyverse.board.domain;

import java.time.Clock;

import com.buddyverse.common.CachedCount;

import org.springframework.stereotype.Component;

/**
 * The number of posts the board's pager shows. New posts come several times a second in
 * the benchmark's mix, so this instance's own writes adjust the kept figure instead of
 * forcing a recount.
 */
@Component
class PostCount extends CachedCount {

	PostCount(PostRepository posts, Clock clock) {
		super(posts::count, clock);
	}

}
