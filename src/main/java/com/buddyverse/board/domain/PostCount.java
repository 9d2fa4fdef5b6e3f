package com.buddyverse.board.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * The number of posts the board's pager shows, counted again at most every few seconds.
 * An exact {@code COUNT(*)} reads a whole index (a million entries at a million posts),
 * which on every list page cost more than the page itself. A pager total a few seconds
 * behind other instances' writes is harmless: this instance's own writes recount at once,
 * and on the last page {@code PageImpl} corrects the total from the rows it got. One
 * caller recounts; the others meanwhile use the previous figure.
 */
@Component
class PostCount {

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final PostRepository posts;

	private final Clock clock;

	private final ReentrantLock recounting = new ReentrantLock();

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	PostCount(PostRepository posts, Clock clock) {
		this.posts = posts;
		this.clock = clock;
	}

	/** Called in the caller's transaction, so a read-only one counts on the replica. */
	long get() {
		var current = this.snapshot.get();
		if (current != null && this.clock.instant().isBefore(current.expires())) {
			return current.count();
		}
		if (current != null && !this.recounting.tryLock()) {
			return current.count();
		}
		if (current == null) {
			this.recounting.lock();
		}
		try {
			var count = this.posts.count();
			this.snapshot.set(new Snapshot(count, this.clock.instant().plus(MAX_AGE)));
			return count;
		}
		finally {
			this.recounting.unlock();
		}
	}

	/** A post was written ({@code +1}) or deleted ({@code -1}) on this instance. */
	void adjust(int delta) {
		this.snapshot.updateAndGet((current) -> (current != null)
				? new Snapshot(Math.max(0, current.count() + delta), current.expires()) : null);
	}

	private record Snapshot(long count, Instant expires) {
	}

}
