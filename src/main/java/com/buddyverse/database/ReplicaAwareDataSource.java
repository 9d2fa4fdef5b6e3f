package com.buddyverse.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The lazy proxy's read-only DataSource: decides, each time a read-only transaction needs
 * its connection, whether the replica may serve it. Every check is an in-memory look-up;
 * only a replica that fails while we ask costs time, once, before the circuit sends
 * everyone else to the primary.
 */
class ReplicaAwareDataSource extends AbstractDataSource {

	private final DataSource reader;

	private final DataSource writer;

	private final ReplicaStatus status;

	private final ReadYourWrites readYourWrites;

	private final ReadRoutingMetrics metrics;

	private final long busyReaderWaitNanos;

	ReplicaAwareDataSource(DataSource reader, DataSource writer, ReplicaStatus status, ReadYourWrites readYourWrites,
			ReadRoutingMetrics metrics, Duration busyReaderWait) {
		this.reader = reader;
		this.writer = writer;
		this.status = status;
		this.readYourWrites = readYourWrites;
		this.metrics = metrics;
		this.busyReaderWaitNanos = busyReaderWait.toNanos();
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (!this.status.isReachable()) {
			return primary(ReadTarget.PRIMARY_FALLBACK);
		}
		if (this.status.isLagging()) {
			return primary(ReadTarget.PRIMARY_LAG);
		}
		if (this.readYourWrites.primaryRequired()) {
			return primary(ReadTarget.PRIMARY_AFTER_WRITE);
		}
		long waitingSince = System.nanoTime();
		while (true) {
			try {
				var connection = this.reader.getConnection();
				this.metrics.count(ReadTarget.REPLICA);
				return connection;
			}
			catch (SQLException | RuntimeException ex) {
				if (isReplicaFailure(ex)) {
					this.status.circuit().open(ex);
					return primary(ReadTarget.PRIMARY_FALLBACK);
				}
				// The pool's own wait is short so that a dead replica costs little; a
				// busy one is worth waiting for a while longer: spilling reads over to
				// the primary under load is what the replica is there to prevent.
				if (System.nanoTime() - waitingSince >= this.busyReaderWaitNanos || !this.status.isReachable()) {
					return primary(ReadTarget.PRIMARY_OVERFLOW);
				}
			}
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLException("Reads use the pools' own credentials");
	}

	/**
	 * A pool timeout with no connection failure behind it means every reader connection
	 * was busy: the replica is fine, and the read waits for it up to the busy-reader wait
	 * before it spills over to the primary.
	 */
	static boolean isReplicaFailure(Exception ex) {
		return !(ex instanceof SQLTransientConnectionException && ex.getCause() == null);
	}

	private Connection primary(ReadTarget reason) throws SQLException {
		var connection = this.writer.getConnection();
		this.metrics.count(reason);
		return connection;
	}

}
