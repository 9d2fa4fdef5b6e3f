package com.buddyverse.cluster;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios 1 and 7: the load balancer spreads requests over both instances, whose health
 * checks answer 200, and sends plain HTTP to HTTPS.
 */
@Order(1)
@ExtendWith(ClusterExtension.class)
class LoadBalancerScenarioIT {

	@Test
	void requestsAreSpreadOverBothInstances(LocalCluster cluster) {
		var client = cluster.client();
		var servedBy = new ArrayList<String>();
		for (int i = 0; i < 10; i++) {
			var page = client.get("/");
			assertThat(page.status()).isEqualTo(200);
			servedBy.add(page.header("x-served-by"));
		}
		assertThat(servedBy).as("instances that answered, in order").containsOnly("app1", "app2");
		assertThat(servedBy.stream().filter("app1"::equals).count()).as("round robin: %s", servedBy).isBetween(4L, 6L);
	}

	@Test
	void bothInstancesAnswerTheHealthCheckWith200(LocalCluster cluster) throws Exception {
		for (String app : LocalCluster.APPS) {
			var health = cluster.http()
				.send(HttpRequest.newBuilder(URI.create(cluster.appUrl(app) + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).as(app).isEqualTo(200);
			assertThat(health.body()).as(app).contains("\"status\":\"UP\"");
		}
		assertThat(cluster.serverStates()).containsEntry("app1", "UP").containsEntry("app2", "UP");
	}

	@Test
	void plainHttpIsRedirectedToHttps(LocalCluster cluster) throws Exception {
		var redirect = cluster.http()
			.send(HttpRequest.newBuilder(URI.create(cluster.httpUrl() + "/board?page=1")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(redirect.statusCode()).isEqualTo(301);
		String location = redirect.headers().firstValue("location").orElseThrow();
		assertThat(location).isEqualTo(cluster.httpsUrl() + "/board?page=1");

		var board = cluster.http()
			.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(board.statusCode()).isEqualTo(200);
	}

	@Test
	void redirectsFromTheAppKeepHttpsBehindTheLoadBalancer(LocalCluster cluster) {
		// The app sees plain HTTP from the load balancer; X-Forwarded-Proto tells it the
		// member is on HTTPS, so its own redirects must not send them to http://.
		var client = cluster.client();
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			var page = client.get("/me");
			assertThat(page.status()).isEqualTo(302);
			locations.add(page.location());
		}
		assertThat(locations).allSatisfy((location) -> assertThat(location).satisfiesAnyOf(
				(l) -> assertThat(l).startsWith(cluster.httpsUrl() + "/"), (l) -> assertThat(l).startsWith("/")));
	}

}
