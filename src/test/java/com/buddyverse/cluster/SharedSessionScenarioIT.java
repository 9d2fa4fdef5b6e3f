package com.buddyverse.cluster;

import java.util.HashSet;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2: sessions live in the database, so no sticky sessions are needed: a member
 * logged in through one instance is logged in on the other.
 */
@Order(2)
@ExtendWith(ClusterExtension.class)
class SharedSessionScenarioIT {

	@Test
	void memberStaysLoggedInWhicheverInstanceAnswers(LocalCluster cluster) {
		var member = cluster.client();
		String username = MemberSteps.signUpAndLogIn(member, "session");

		var instances = new HashSet<String>();
		for (int i = 0; i < 8; i++) {
			var profile = member.get("/me");
			assertThat(profile.status())
				.as("request %d, served by %s: %s", i, profile.header("x-served-by"), profile.location())
				.isEqualTo(200);
			assertThat(profile.body()).contains(username).contains("LOGOUT");
			instances.add(profile.header("x-served-by"));
		}
		assertThat(instances).containsExactlyInAnyOrder("app1", "app2");
	}

}
