package com.buddyverse.database;

import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Asks the servers themselves where a transaction ran, and reads the routing counters.
 */
final class Routing {

	static final int PRIMARY_SERVER_ID = 1;

	static final int REPLICA_SERVER_ID = 2;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	private final JdbcTemplate jdbc;

	private final MeterRegistry meters;

	private final ReplicaStatus status;

	Routing(PlatformTransactionManager transactions, DataSource dataSource, MeterRegistry meters,
			ReplicaStatus status) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readWrite = new TransactionTemplate(transactions);
		this.jdbc = new JdbcTemplate(dataSource);
		this.meters = meters;
		this.status = status;
	}

	/**
	 * {@code @@server_id} and {@code @@read_only} as seen inside a read-only transaction.
	 */
	Server readOnlyTransactionServer() {
		return this.readOnly.execute((tx) -> server());
	}

	Server readWriteTransactionServer() {
		return this.readWrite.execute((tx) -> server());
	}

	private Server server() {
		return this.jdbc.queryForObject("SELECT @@server_id, @@read_only",
				(rs, row) -> new Server(rs.getInt(1), rs.getBoolean(2)));
	}

	record Server(int id, boolean readOnly) {
	}

	double reads(ReadTarget target) {
		var counter = this.meters.find(ReadRoutingMetrics.READS).tag("target", target.tag()).functionCounter();
		return (counter != null) ? counter.count() : 0;
	}

	/**
	 * Waits for the monitor to see the replica reachable and within the lag threshold.
	 */
	void awaitReplicaUsable() {
		await("replica usable").atMost(Duration.ofSeconds(30)).until(this.status::isReplicaUsable);
	}

}
