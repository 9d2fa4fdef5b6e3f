package com.buddyverse.database;

/** Where a read-only transaction ran and why: the {@code target} tag of the counter. */
enum ReadTarget {

	REPLICA("replica"),

	/** The replica is unreachable (or was, recently). */
	PRIMARY_FALLBACK("primary-fallback"),

	/**
	 * Every reader connection was busy past the pool's wait: this read spilled over; the
	 * replica is fine.
	 */
	PRIMARY_OVERFLOW("primary-overflow"),

	/** The replica lags more than the threshold. */
	PRIMARY_LAG("primary-lag"),

	/** The member wrote within the read-your-writes window. */
	PRIMARY_AFTER_WRITE("primary-after-write");

	private final String tag;

	ReadTarget(String tag) {
		this.tag = tag;
	}

	String tag() {
		return this.tag;
	}

}
