package com.buddyverse.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The number of rows a list's pager shows, counted again at most every few seconds. An
 * exact {@code COUNT(*)} reads a whole index (a million entries at a million posts),
 * which on every list page cost more than the page itself. A pager total a few seconds
 * behind other instances' writes is harmless: this instance's own writes adjust it at
 * once, and {@link KeysetPage} corrects it from the rows it got at the end of the list.
 * One caller recounts; the others meanwhile use the previous figure.
 */
public class CachedCount {

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final LongSupplier counter;

	private final Clock clock;

	private final ReentrantLock recounting = new ReentrantLock();

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	public CachedCount(LongSupplier counter, Clock clock) {
		this.counter = counter;
		this.clock = clock;
	}

	/** Called in the caller's transaction, so a read-only one counts on the replica. */
	public long get() {
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
			var count = this.counter.getAsLong();
			this.snapshot.set(new Snapshot(count, this.clock.instant().plus(MAX_AGE)));
			return count;
		}
		finally {
			this.recounting.unlock();
		}
	}

	/** A row was written ({@code +1}) or deleted ({@code -1}) on this instance. */
	public void adjust(int delta) {
		this.snapshot.updateAndGet((current) -> (current != null)
				? new Snapshot(Math.max(0, current.count() + delta), current.expires()) : null);
	}

	private record Snapshot(long count, Instant expires) {
	}

}
