package com.buddyverse.ops;

import com.buddyverse.support.EmbeddedDatabase;
import com.buddyverse.support.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ALB sees at {@code /actuator/health}: this instance's availability only, never
 * the shared databases; the dependencies group reports those for alarms.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void healthStaysUpWhileReplicaAndPrimaryAreDown() {
		var site = new SiteClient("http://localhost:" + this.port);
		assertThat(site.get("/actuator/health").status()).isEqualTo(200);
		var pair = EmbeddedDatabase.pair();
		pair.stopPrimary();
		try {
			pair.stopReplica();
			try {
				var health = site.get("/actuator/health");
				assertThat(health.status()).isEqualTo(200);
				assertThat(health.body()).contains("\"status\":\"UP\"");
			}
			finally {
				pair.startReplica();
			}
		}
		finally {
			// Last: it also reconnects the replica to it.
			pair.startPrimary();
		}
		EmbeddedDatabase.awaitReplication();
	}

	@Test
	void healthAnswers503WhileNotReadyAndUpAgainWhenReady() {
		var site = new SiteClient("http://localhost:" + this.port);
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			var refusing = site.get("/actuator/health");
			assertThat(refusing.status()).isEqualTo(503);
			assertThat(refusing.body()).contains("OUT_OF_SERVICE");
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(site.get("/actuator/health").status()).isEqualTo(200);
	}

	@Test
	void dependenciesGroupReportsDatabasesAndStorageRootWithoutDetails() {
		var dependencies = new SiteClient("http://localhost:" + this.port).get("/actuator/health/dependencies");
		assertThat(dependencies.body()).contains("\"storageRoot\":{\"status\":\"UP\"}");
		assertThat(dependencies.body()).contains("\"primaryDatabase\"", "\"replicaDatabase\"", "\"replicaLag\"")
			.doesNotContain("\"details\"");
	}

	@Test
	void onlyHealthAndInfoWithTheBuildVersionAreReachable() {
		var site = new SiteClient("http://localhost:" + this.port);
		var info = site.get("/actuator/info");
		assertThat(info.status()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\"").contains("\"version\"");
		for (String endpoint : new String[] { "/actuator/env", "/actuator/metrics", "/actuator/beans",
				"/actuator/heapdump", "/actuator/loggers", "/actuator/shutdown", "/actuator/configprops" }) {
			assertThat(site.get(endpoint).status()).as(endpoint).isEqualTo(404);
		}
	}

}
