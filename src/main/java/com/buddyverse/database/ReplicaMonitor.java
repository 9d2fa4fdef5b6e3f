package com.buddyverse.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The background half of routing, on two threads of its own so no request ever waits for
 * it: stamps the heartbeat row on the primary, reads the replica's copy to learn its lag,
 * opens the circuit when the replica stops answering and, once the circuit's open time is
 * over, probes until it answers again.
 * <p>
 * The replica is read over one connection of its own, not from the reader pool, so that
 * these frequent reads do not keep pooled connections looking freshly used (the pool then
 * skips validating them) and a probe never takes a request's place in the pool.
 */
class ReplicaMonitor implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

	private static final String STAMP = "UPDATE replication_heartbeat SET beat_at = NOW(6) WHERE id = 1";

	private static final String READ_LAG = "SELECT TIMESTAMPDIFF(MICROSECOND, beat_at, NOW(6)) FROM replication_heartbeat WHERE id = 1";

	private final DataSource writer;

	private final HikariDataSource readerPool;

	private final DataSource replicaProbe;

	private final ReplicaStatus status;

	private final Duration interval;

	private volatile ScheduledExecutorService executor;

	private volatile PrimaryStamp primaryStamp = new PrimaryStamp(null, null);

	private Connection probeConnection;

	private long lastProbeNanos;

	ReplicaMonitor(DataSource writer, HikariDataSource readerPool, DataSource replicaProbe, ReplicaStatus status,
			Duration interval) {
		this.writer = writer;
		this.readerPool = readerPool;
		this.replicaProbe = replicaProbe;
		this.status = status;
		this.interval = interval;
		status.circuit().onOpen(this::dropPooledReplicaConnections);
	}

	/** The outcome of the last heartbeat stamp on the primary. */
	record PrimaryStamp(Instant lastSuccess, String lastError) {

		boolean ok() {
			return this.lastSuccess != null && this.lastError == null;
		}

	}

	PrimaryStamp primaryStamp() {
		return this.primaryStamp;
	}

	@Override
	public void start() {
		var threads = Thread.ofPlatform().daemon().name("replica-monitor-", 0).factory();
		this.executor = Executors.newScheduledThreadPool(2, threads);
		long micros = this.interval.toNanos() / 1000;
		this.executor.scheduleWithFixedDelay(this::stampPrimary, 0, micros, TimeUnit.MICROSECONDS);
		this.executor.scheduleWithFixedDelay(this::watchReplica, micros / 2, micros, TimeUnit.MICROSECONDS);
	}

	@Override
	public void stop() {
		var running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdownNow();
			try {
				running.awaitTermination(2, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		closeProbeConnection();
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	void stampPrimary() {
		try (var connection = this.writer.getConnection(); var statement = connection.prepareStatement(STAMP)) {
			statement.executeUpdate();
			if (this.primaryStamp.lastError() != null) {
				log.info("Primary answers again: heartbeat stamped");
			}
			this.primaryStamp = new PrimaryStamp(Instant.now(), null);
		}
		catch (SQLException | RuntimeException ex) {
			if (this.primaryStamp.lastError() == null) {
				log.warn("Cannot stamp the heartbeat on the primary, replica lag unknown: {}", ex.getMessage());
			}
			this.primaryStamp = new PrimaryStamp(this.primaryStamp.lastSuccess(), String.valueOf(ex.getMessage()));
		}
	}

	void watchReplica() {
		var circuit = this.status.circuit();
		if (circuit.isClosed()) {
			try {
				recordLag(readLag());
			}
			catch (SQLException | RuntimeException ex) {
				closeProbeConnection();
				this.status.forgetLag();
				circuit.open(ex);
			}
		}
		else if (circuit.probeDue(this.lastProbeNanos)) {
			this.lastProbeNanos = System.nanoTime();
			try {
				var lag = readLag();
				checkReaderPool();
				recordLag(lag);
				circuit.close();
			}
			catch (SQLException | RuntimeException ex) {
				closeProbeConnection();
				log.debug("Replica still unusable: {}", ex.getMessage());
			}
		}
	}

	/**
	 * The replica's view of the latest stamp is only news while the primary is being
	 * stamped: otherwise its age grows with the primary's outage, not the replica's lag.
	 */
	private void recordLag(Duration lag) {
		if (lag != null && this.primaryStamp.ok()) {
			this.status.recordLag(lag);
		}
		else {
			this.status.forgetLag();
		}
	}

	private Duration readLag() throws SQLException {
		if (this.probeConnection == null || this.probeConnection.isClosed()) {
			this.probeConnection = this.replicaProbe.getConnection();
		}
		try (var statement = this.probeConnection.createStatement(); var rs = statement.executeQuery(READ_LAG)) {
			if (!rs.next()) {
				return null;
			}
			long micros = rs.getLong(1);
			// Clocks of two servers: a stamp can look a hair younger than "now".
			return rs.wasNull() ? null : Duration.ofNanos(Math.max(0, micros) * 1000);
		}
	}

	/** A probe that reached the replica is not enough if the pool still cannot. */
	private void checkReaderPool() throws SQLException {
		try (var connection = this.readerPool.getConnection()) {
			if (!connection.isValid(1)) {
				throw new SQLException("Reader pool handed out a broken connection", "08000");
			}
		}
	}

	private void dropPooledReplicaConnections() {
		var pool = this.readerPool.getHikariPoolMXBean();
		if (pool != null) {
			pool.softEvictConnections();
		}
	}

	private void closeProbeConnection() {
		var connection = this.probeConnection;
		this.probeConnection = null;
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the replica probe connection failed: {}", ex.getMessage());
			}
		}
	}

}
