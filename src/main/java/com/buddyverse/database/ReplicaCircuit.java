package com.buddyverse.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import com.zaxxer.hikari.SQLExceptionOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether reads may try the replica at all. Opened by the first failure seen anywhere (a
 * request that could not get a reader connection, a reader connection that broke, the
 * monitor's own probe), so that only one request pays for discovering an outage; closed
 * only by the background probe, never by a request.
 */
class ReplicaCircuit {

	private static final Logger log = LoggerFactory.getLogger(ReplicaCircuit.class);

	private final Duration openTime;

	private final Duration probeInterval;

	private final LongSupplier nanoClock;

	private final AtomicReference<Opened> opened = new AtomicReference<>();

	private volatile Runnable onOpen = () -> {
	};

	ReplicaCircuit(Duration openTime, Duration probeInterval, LongSupplier nanoClock) {
		this.openTime = openTime;
		this.probeInterval = probeInterval;
		this.nanoClock = nanoClock;
	}

	/** What happened when the replica was last found unusable. */
	record Opened(Instant at, long atNanos, String cause) {
	}

	/**
	 * Called once each time the circuit opens, e.g. to drop pooled replica connections.
	 */
	void onOpen(Runnable action) {
		this.onOpen = action;
	}

	boolean isClosed() {
		return this.opened.get() == null;
	}

	/** Null while the replica is in use. */
	Opened opened() {
		return this.opened.get();
	}

	void open(Throwable cause) {
		var now = new Opened(Instant.now(), this.nanoClock.getAsLong(), describe(cause));
		if (this.opened.compareAndSet(null, now)) {
			log.warn("Replica unusable, reads go to the primary until it answers again: {}", now.cause());
			this.onOpen.run();
		}
	}

	void close() {
		var was = this.opened.getAndSet(null);
		if (was != null) {
			log.info("Replica answers again after {} ms: reads return to it",
					Duration.ofNanos(this.nanoClock.getAsLong() - was.atNanos()).toMillis());
		}
	}

	/**
	 * Whether the background probe should try the replica now: never while closed (the
	 * monitor's regular lag reading does that job), and while open only once the open
	 * time is over, then every probe interval.
	 */
	boolean probeDue(long lastProbeNanos) {
		var was = this.opened.get();
		if (was == null) {
			return false;
		}
		long now = this.nanoClock.getAsLong();
		return now - was.atNanos() >= this.openTime.toNanos() && now - lastProbeNanos >= this.probeInterval.toNanos();
	}

	/**
	 * Hikari asks this about every exception on a reader connection: a broken connection
	 * means the replica went away under a request, so later requests should not try it.
	 */
	SQLExceptionOverride connectionErrorWatcher() {
		return new SQLExceptionOverride() {
			@java.lang.Override
			public SQLExceptionOverride.Override adjudicate(SQLException ex) {
				if (isConnectionError(ex)) {
					open(ex);
				}
				return SQLExceptionOverride.Override.CONTINUE_EVICT;
			}
		};
	}

	static boolean isConnectionError(SQLException ex) {
		String state = ex.getSQLState();
		return ex instanceof SQLRecoverableException || ex instanceof SQLNonTransientConnectionException
				|| (state != null && state.startsWith("08"));
	}

	private static String describe(Throwable cause) {
		var root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == cause) ? String.valueOf(cause.getMessage())
				: cause.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
	}

}
