package com.buddyverse.cluster;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 6: a post written through the site is stored on the primary and replicated to
 * the read replica, Korean and emoji intact (utf8mb4 end to end).
 */
@Order(4)
@ExtendWith(ClusterExtension.class)
class ReplicationScenarioIT {

	@Test
	void postWrittenThroughTheSiteIsOnThePrimaryAndAppearsOnTheReplica(LocalCluster cluster) {
		var member = cluster.client();
		MemberSteps.signUpAndLogIn(member, "replica");
		String title = "북한산 일출 산행 🌄 " + System.nanoTime();
		long id = MemberSteps.writePost(member, title, "새벽 5시 출발, 헤드랜턴 필수 🔦");
		String query = "SELECT title FROM post WHERE id = " + id;

		assertThat(cluster.sql("primary", query)).containsExactly(title);
		LocalCluster.awaitTrue(() -> cluster.sql("replica", query).equals(List.of(title)), Duration.ofSeconds(30),
				() -> "post " + id + " not on the replica: " + cluster.sql("replica", query));
	}

	@Test
	void replicaIsReadOnlyAndReplicatesFromThePrimary(LocalCluster cluster) {
		assertThat(cluster.sql("replica", "SELECT @@read_only")).containsExactly("1");
		assertThat(cluster.sql("primary", "SELECT @@read_only")).containsExactly("0");
		assertThat(cluster.sql("replica", "SHOW GLOBAL STATUS LIKE 'Slave_running'"))
			.containsExactly("Slave_running\tON");
		// GTID replication: the replica tracks its position in the primary's GTIDs.
		assertThat(cluster.sql("replica", "SELECT @@gtid_slave_pos")).singleElement().asString().startsWith("0-1-");
	}

}
