package com.buddyverse.support;

import java.time.Duration;

import com.buddyverse.database.EmbeddedMariaDbPair;

/**
 * Access to the JVM's shared embedded primary + replica, for tests that look at the
 * servers.
 */
public final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	/** The pair the test contexts run on (started by the first context). */
	public static EmbeddedMariaDbPair pair() {
		return EmbeddedMariaDbPair.shared()
			.orElseThrow(() -> new IllegalStateException("No Spring context has started the embedded database yet"));
	}

	public static void awaitReplication() {
		pair().awaitReplicaCaughtUp(Duration.ofSeconds(10));
	}

}
