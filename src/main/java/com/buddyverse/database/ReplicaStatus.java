package com.buddyverse.database;

import java.time.Duration;
import java.util.Optional;

/**
 * What this instance currently knows about the replica, for routing, health and metrics.
 * Kept up to date in the background; asking costs nothing and never touches a database.
 */
public class ReplicaStatus {

	private final ReplicaCircuit circuit;

	private final Duration lagThreshold;

	private volatile Duration lag;

	ReplicaStatus(ReplicaCircuit circuit, Duration lagThreshold) {
		this.circuit = circuit;
		this.lagThreshold = lagThreshold;
	}

	/** Whether reads go to the replica now (reachable and not lagging too far behind). */
	public boolean isReplicaUsable() {
		return isReachable() && !isLagging();
	}

	/** Whether the replica answered the last time it was asked. */
	public boolean isReachable() {
		return this.circuit.isClosed();
	}

	/**
	 * How far the replica is behind the primary; empty while that is not known (replica
	 * unreachable, or the primary could not be stamped, so the replica's view says
	 * nothing).
	 */
	public Optional<Duration> lag() {
		return Optional.ofNullable(this.lag);
	}

	public Duration lagThreshold() {
		return this.lagThreshold;
	}

	/** Whether the replica is known to lag more than the threshold. */
	public boolean isLagging() {
		var current = this.lag;
		return current != null && current.compareTo(this.lagThreshold) > 0;
	}

	ReplicaCircuit circuit() {
		return this.circuit;
	}

	void recordLag(Duration lag) {
		this.lag = lag;
	}

	void forgetLag() {
		this.lag = null;
	}

}
