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
		// The board then has a post to read, whichever class ran before.
		MemberSteps.writePost(member, "복제 서버 점검 중에도 읽기 📖", "잠시 후 다시 확인해요");
		try (var traffic = Traffic.start(Duration.ofMinutes(4), new Visitor(member, Traffic.memberPages(username)),
				new Visitor(cluster.client(), Traffic.publicPages()))) {
			traffic.awaitRequestsAfter(0, 10, Duration.ofSeconds(60));

			cluster.run("stop", "replica");
			int afterStop = traffic.count();
			traffic.awaitRequestsAfter(afterStop, 40, Duration.ofSeconds(90));
			assertThat(traffic.failuresAfter(0)).as("failed pages while the replica was down").isEmpty();

			cluster.run("start", "replica");
			long postRowsAtStart = postRowsReadOnReplica(cluster);
			LocalCluster.awaitTrue(() -> postRowsReadOnReplica(cluster) > postRowsAtStart, Duration.ofSeconds(90),
					() -> "no post read on the replica since it came back: " + postRowsReadOnReplica(cluster)
							+ " rows");
			traffic.close();
			assertThat(traffic.failuresAfter(0)).as("failed pages, replica down and back").isEmpty();
		}
		finally {
			if (!cluster.isRunning("replica")) {
				cluster.run("start", "replica");
			}
		}
	}

	/**
	 * Rows of the post table read on the replica since it started (userstat): the app's
	 * page reads, not the lag probe, which reads its own table.
	 */
	private static long postRowsReadOnReplica(LocalCluster cluster) {
		var rows = cluster.sql("replica", "SELECT IFNULL(SUM(ROWS_READ), 0) FROM information_schema.TABLE_STATISTICS"
				+ " WHERE TABLE_SCHEMA = 'buddyverse' AND TABLE_NAME = 'post'");
		assertThat(rows).hasSize(1);
		return Long.parseLong(rows.getFirst().strip());
	}

}
