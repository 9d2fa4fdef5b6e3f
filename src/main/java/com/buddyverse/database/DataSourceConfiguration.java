package com.buddyverse.database;

import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

/**
 * Two pools, one for the primary and one for the replica, behind a lazy proxy that picks
 * the replica for read-only transactions. The proxy fetches no connection until the first
 * statement, by which time the transaction's read-only flag is known.
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
		return pool("writer", endpoints.writerUrl(), endpoints);
	}

	@Bean
	@ConfigurationProperties("buddy.datasource.reader.pool")
	HikariDataSource readerDataSource(DatabaseEndpoints endpoints) {
		return pool("reader", endpoints.readerUrl(), endpoints);
	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource writerDataSource, HikariDataSource readerDataSource) {
		var proxy = new LazyConnectionDataSourceProxy(writerDataSource);
		proxy.setReadOnlyDataSource(readerDataSource);
		// Known up front so that Hibernate's start-up does not need a connection to ask.
		proxy.setDefaultAutoCommit(true);
		proxy.setDefaultTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
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
