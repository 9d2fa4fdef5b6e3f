package com.buddyverse.cluster;

import java.time.Duration;
import java.util.HashSet;

import com.buddyverse.cluster.Traffic.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios 3 and 4: an instance that dies, or whose web server stops answering, is taken
 * out of rotation by the health checks; the other carries the traffic and the members
 * stay logged in; a restarted instance comes back into rotation.
 */
@Order(7)
@ExtendWith(ClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstanceFailureScenarioIT {

	@BeforeEach
	void bothInstancesServing(LocalCluster cluster) {
		cluster.ensureBothInstancesServing();
	}

	@Test
	@Order(1)
	void killedInstanceIsMarkedDownThenNoRequestFailsAndRestartBringsItBack(LocalCluster cluster) {
		var member = cluster.client();
		String username = MemberSteps.signUpAndLogIn(member, "survivor");
		try (var traffic = Traffic.start(Duration.ofMinutes(3), new Visitor(member, Traffic.memberPages(username)),
				new Visitor(cluster.client(), Traffic.publicPages()))) {
			traffic.awaitRequestsAfter(0, 10, Duration.ofSeconds(60));

			cluster.run("kill", "app1");
			var detected = cluster.awaitServerState("app1", "DOWN", LocalCluster.MARK_DOWN_WINDOW);
			System.out.printf("app1 marked DOWN %d ms after kill -9; requests so far by instance: %s%n",
					detected.toMillis(), traffic.servedBy());

			int afterDown = traffic.count();
			traffic.awaitRequestsAfter(afterDown, 30, Duration.ofSeconds(60));
			assertThat(traffic.failuresAfter(afterDown)).as("requests after app1 was marked down").isEmpty();
		}
		var profile = member.get("/me");
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains(username);

		cluster.run("start", "app1");
		cluster.awaitServerState("app1", "UP", Duration.ofMinutes(1));
		assertThat(servedByOverRequests(cluster, 6)).containsExactlyInAnyOrder("app1", "app2");
	}

	@Test
	@Order(2)
	void instanceWhoseWebServerStopsAnsweringIsTakenOutOfRotation(LocalCluster cluster) {
		// SIGSTOP: the instance is there, its port accepts connections, nothing answers.
		cluster.run("pause", "app2");
		try {
			var detected = cluster.awaitServerState("app2", "DOWN", LocalCluster.MARK_DOWN_WINDOW);
			System.out.printf("app2 marked DOWN %d ms after it stopped answering%n", detected.toMillis());
			var client = cluster.client();
			for (int i = 0; i < 6; i++) {
				var page = client.get("/board");
				assertThat(page.status()).isEqualTo(200);
				assertThat(page.header("x-served-by")).isEqualTo("app1");
			}
		}
		finally {
			cluster.run("resume", "app2");
		}
		cluster.awaitServerState("app2", "UP", Duration.ofMinutes(1));
		assertThat(servedByOverRequests(cluster, 6)).containsExactlyInAnyOrder("app1", "app2");
	}

	private static HashSet<String> servedByOverRequests(LocalCluster cluster, int requests) {
		var client = cluster.client();
		var instances = new HashSet<String>();
		for (int i = 0; i < requests; i++) {
			var page = client.get("/");
			assertThat(page.status()).isEqualTo(200);
			instances.add(page.header("x-served-by"));
		}
		return instances;
	}

}
