package com.buddyverse.cluster;

import java.time.Duration;

import com.buddyverse.cluster.Traffic.Visitor;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 9: while the read replica is down, reads fall back to the primary and no page
 * fails; once it is back, reads go to it again.
 */
@Order(6)
@ExtendWith(ClusterExtension.class)
class ReplicaOutageScenarioIT {

	@Test
	void replicaStopFailsNoPageAndReadsReturnToItWhenItIsBack(LocalCluster cluster) {
		var member = cluster.client();
		String username = MemberSteps.signUpAndLogIn(member, "fallback");
		try (var traffic = Traffic.start(Duration.ofMinutes(4), new Visitor(member, Traffic.memberPages(username)),
				new Visitor(cluster.client(), Traffic.publicPages()))) {
			traffic.awaitRequestsAfter(0, 10, Duration.ofSeconds(60));

			cluster.run("stop", "replica");
			int afterStop = traffic.count();
			traffic.awaitRequestsAfter(afterStop, 40, Duration.ofSeconds(90));
			assertThat(traffic.failuresAfter(0)).as("failed pages while the replica was down").isEmpty();

			cluster.run("start", "replica");
			long selectsAtStart = selectsOnReplica(cluster);
			LocalCluster.awaitTrue(() -> selectsOnReplica(cluster) > selectsAtStart + 10, Duration.ofSeconds(90),
					() -> "no reads on the replica since it came back: Com_select " + selectsOnReplica(cluster));
			traffic.close();
			assertThat(traffic.failuresAfter(0)).as("failed pages, replica down and back").isEmpty();
		}
		finally {
			if (!cluster.isRunning("replica")) {
				cluster.run("start", "replica");
			}
		}
	}

	/** SELECTs the replica has run; the probe itself is a SHOW, so it does not count. */
	private static long selectsOnReplica(LocalCluster cluster) {
		var row = cluster.sql("replica", "SHOW GLOBAL STATUS LIKE 'Com_select'");
		assertThat(row).singleElement().asString().startsWith("Com_select\t");
		return Long.parseLong(row.getFirst().split("\t")[1].strip());
	}

}
