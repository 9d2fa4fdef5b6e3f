package com.buddyverse.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The databases' health, for alarms and humans: {@code primaryDatabase},
 * {@code replicaDatabase} and {@code replicaLag}, ready to be put in a health group. All
 * three report what the monitor last saw, so asking never waits for a database.
 * <p>
 * They stay out of the root {@code /actuator/health} that the load balancer checks (see
 * ops.HealthConfiguration): a database blip there would mark every instance unhealthy at
 * once and the Auto Scaling group would replace the whole fleet, which cannot fix a
 * database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

	@Bean
	HealthIndicator primaryDatabaseHealthIndicator(ReplicaMonitor monitor) {
		return () -> {
			var stamp = monitor.primaryStamp();
			if (stamp.lastSuccess() == null && stamp.lastError() == null) {
				return Health.unknown().withDetail("reason", "not checked yet").build();
			}
			var health = stamp.ok() ? Health.up() : Health.down().withDetail("error", stamp.lastError());
			return (stamp.lastSuccess() != null) ? health.withDetail("lastHeartbeat", stamp.lastSuccess()).build()
					: health.build();
		};
	}

	@Bean
	HealthIndicator replicaDatabaseHealthIndicator(ReplicaStatus status) {
		return () -> {
			var opened = status.circuit().opened();
			if (opened == null) {
				return Health.up().build();
			}
			return Health.down()
				.withDetail("since", opened.at())
				.withDetail("error", opened.cause())
				.withDetail("reads", "primary")
				.build();
		};
	}

	@Bean
	HealthIndicator replicaLagHealthIndicator(ReplicaStatus status) {
		return () -> {
			var lag = status.lag();
			if (lag.isEmpty()) {
				return Health.unknown().withDetail("thresholdMillis", status.lagThreshold().toMillis()).build();
			}
			var health = status.isLagging() ? Health.down().withDetail("reads", "primary") : Health.up();
			return health.withDetail("lagMillis", lag.get().toMillis())
				.withDetail("thresholdMillis", status.lagThreshold().toMillis())
				.build();
		};
	}

}
