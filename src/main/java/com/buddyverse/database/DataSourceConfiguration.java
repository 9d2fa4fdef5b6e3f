package com.buddyverse.database;

import java.sql.Connection;
import java.time.Clock;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

/**
 * Two pools, one for the primary and one for the replica, behind a lazy proxy that hands
 * read-only transactions to the replica-aware DataSource. The proxy fetches no connection
 * until the first statement, by which time the transaction's read-only flag is known.
 * Flyway, the sessions and scheduled jobs use the writer pool directly.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean
	DatabaseEndpoints databaseEndpoints(DatabaseProperties properties) {
		return DatabaseEndpoints.resolve(properties);
	}

	@Bean
	@FlywayDataSource
	@SpringSessionDataSource
	@ConfigurationProperties("buddy.datasource.writer.pool")
	HikariDataSource writerDataSource(DatabaseEndpoints endpoints) {
		var pool = pool("writer", endpoints.writerUrl(), endpoints);
		// Waiting longer than this for the primary only turns a failover into piled-up
		// requests; the ALB gives up at 60 s anyway.
		pool.setConnectionTimeout(5_000);
		pool.addDataSourceProperty("connectTimeout", "2000");
		return pool;
	}

	/**
	 * Fails fast by design: an unreachable replica costs one request a fraction of a
	 * second, after which the circuit keeps everyone on the primary. It starts without
	 * reaching the replica, so the app starts while the replica is down. Its connections
	 * are not flagged read-only: the replica itself is, and flipping the flag per
	 * transaction would cost two round trips each time.
	 */
	@Bean
	@ConfigurationProperties("buddy.datasource.reader.pool")
	HikariDataSource readerDataSource(DatabaseEndpoints endpoints, ReplicaCircuit replicaCircuit) {
		var pool = pool("reader", endpoints.readerUrl(), endpoints);
		pool.setConnectionTimeout(300);
		pool.setValidationTimeout(250);
		pool.setInitializationFailTimeout(-1);
		pool.setExceptionOverride(replicaCircuit.connectionErrorWatcher());
		pool.addDataSourceProperty("connectTimeout", "300");
		// A replica that vanishes without closing its sockets must not hold a page for
		// minutes of TCP retries.
		pool.addDataSourceProperty("socketTimeout", "10000");
		return pool;
	}

	@Bean
	ReplicaCircuit replicaCircuit(RoutingProperties routing) {
		return new ReplicaCircuit(routing.circuitOpenTime(), routing.probeInterval(), System::nanoTime);
	}

	@Bean
	ReplicaStatus replicaStatus(ReplicaCircuit replicaCircuit, RoutingProperties routing) {
		return new ReplicaStatus(replicaCircuit, routing.lagThreshold());
	}

	@Bean
	ReadYourWrites readYourWrites(Clock clock, RoutingProperties routing) {
		return new ReadYourWrites(clock, routing.readYourWritesWindow());
	}

	@Bean
	ReadRoutingMetrics readRoutingMetrics() {
		return new ReadRoutingMetrics();
	}

	@Bean
	ReplicaMonitor replicaMonitor(@Qualifier("writerDataSource") HikariDataSource writerDataSource,
			@Qualifier("readerDataSource") HikariDataSource readerDataSource, DatabaseEndpoints endpoints,
			ReplicaStatus replicaStatus, RoutingProperties routing) {
		var probe = new DriverManagerDataSource(endpoints.readerUrl(), endpoints.username(), endpoints.password());
		// A replica that cannot answer a one-row read within the lag threshold serves
		// reads
		// no better than one lagging past it.
		var timeouts = new Properties();
		timeouts.setProperty("connectTimeout", "1000");
		timeouts.setProperty("socketTimeout", Long.toString(Math.max(1000, routing.lagThreshold().toMillis())));
		probe.setConnectionProperties(timeouts);
		return new ReplicaMonitor(writerDataSource, readerDataSource, probe, replicaStatus,
				routing.heartbeatInterval());
	}

	@Bean
	@Primary
	DataSource dataSource(@Qualifier("writerDataSource") HikariDataSource writerDataSource,
			@Qualifier("readerDataSource") HikariDataSource readerDataSource, ReplicaStatus replicaStatus,
			ReadYourWrites readYourWrites, ReadRoutingMetrics readRoutingMetrics, RoutingProperties routing) {
		var proxy = new LazyConnectionDataSourceProxy(writerDataSource);
		proxy.setReadOnlyDataSource(new ReplicaAwareDataSource(readerDataSource, writerDataSource, replicaStatus,
				readYourWrites, readRoutingMetrics, routing.busyReaderWait()));
		// Known up front so that Hibernate's start-up does not need a connection to ask.
		proxy.setDefaultAutoCommit(true);
		proxy.setDefaultTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		return proxy;
	}

	private static HikariDataSource pool(String name, String url, DatabaseEndpoints endpoints) {
		var pool = new HikariDataSource();
		pool.setPoolName(name);
		pool.setJdbcUrl(url);
		pool.setUsername(endpoints.username());
		pool.setPassword(endpoints.password());
		pool.setDataSourceProperties(driverProperties());
		return pool;
	}

	private static Properties driverProperties() {
		var properties = new Properties();
		properties.setProperty("characterEncoding", "UTF-8");
		properties.setProperty("connectionCollation", "utf8mb4_unicode_ci");
		properties.setProperty("connectionTimeZone", "UTC");
		properties.setProperty("forceConnectionTimeZoneToSession", "true");
		properties.setProperty("cachePrepStmts", "true");
		properties.setProperty("prepStmtCacheSize", "250");
		properties.setProperty("prepStmtCacheSqlLimit", "2048");
		properties.setProperty("useServerPrepStmts", "true");
		properties.setProperty("useLocalSessionState", "true");
		properties.setProperty("rewriteBatchedStatements", "true");
		properties.setProperty("allowPublicKeyRetrieval", "false");
		properties.setProperty("useInformationSchema", "false");
		return properties;
	}

}
