package com.buddyverse.cluster;

import java.time.Duration;

import com.buddyverse.cluster.Traffic.Visitor;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 8: scale-in sends the instance SIGTERM; it finishes what it is serving and
 * leaves without a single failed request. Last, so nothing waits for its restart.
 */
@Order(8)
@ExtendWith(ClusterExtension.class)
class ScaleInScenarioIT {

	@Test
	void sigtermUnderSteadyTrafficFailsNoRequest(LocalCluster cluster) {
		var member = cluster.client();
		String username = MemberSteps.signUpAndLogIn(member, "scalein");
		try (var traffic = Traffic.start(Duration.ofMinutes(3), new Visitor(member, Traffic.memberPages(username)),
				new Visitor(cluster.client(), Traffic.publicPages()),
				new Visitor(cluster.client(), Traffic.publicPages()))) {
			traffic.awaitRequestsAfter(0, 15, Duration.ofSeconds(60));
			assertThat(traffic.servedBy()).containsKeys("app1", "app2");

			// Waits until the JVM has exited (the unit allows 35 s).
			String stopped = cluster.run("stop", "app2");
			assertThat(stopped).as("exited within the unit's TimeoutStopSec").doesNotContain("SIGKILL");
			assertThat(cluster.isRunning("app2")).isFalse();

			int afterExit = traffic.count();
			traffic.awaitRequestsAfter(afterExit, 20, Duration.ofSeconds(60));
			traffic.close();
			System.out.printf("requests by instance: %s%n", traffic.servedBy());
			assertThat(traffic.failuresAfter(0)).as("failed requests while app2 shut down").isEmpty();
		}
		finally {
			cluster.startInBackground("app2");
		}
	}

}
