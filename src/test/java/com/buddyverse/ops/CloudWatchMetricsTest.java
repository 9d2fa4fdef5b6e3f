package com.buddyverse.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry exactly as the {@code aws} profile builds it, publishing to a fake
 * CloudWatch client: what goes out, under which names and dimensions, and how many
 * distinct metrics a busy minute with crawlers makes.
 */
class CloudWatchMetricsTest {

	private final FakeCloudWatch cloudWatch = new FakeCloudWatch();

	private final MockClock clock = new MockClock();

	private final CloudWatchMetricsProperties properties = new CloudWatchMetricsProperties(true, "BuddyVerse",
			Duration.ofMinutes(1), "ap-northeast-2", "i-0abc", "buddy-prod-web");

	@Test
	void publishesApplicationCountersUnderTheBuddyVerseNamespaceWithInstanceAndGroupDimensions() {
		var registry = CloudWatchMetrics.registry(this.properties, this.cloudWatch, this.clock);
		new ApplicationMetrics(registry);
		registry.counter("buddy.members.signups").increment(3);
		DistributionSummary.builder("buddy.media.uploads").register(registry).record(2048);

		publish(registry);

		assertThat(this.cloudWatch.requests).isNotEmpty()
			.allSatisfy((request) -> assertThat(request.namespace()).isEqualTo("BuddyVerse"));
		var signUps = datum("buddy.members.signups.count");
		assertThat(signUps.value()).isEqualTo(3.0);
		assertThat(dimensions(signUps)).containsExactlyInAnyOrderEntriesOf(
				Map.of("application", "buddyverse", "InstanceId", "i-0abc", "AutoScalingGroupName", "buddy-prod-web"));
		assertThat(datum("buddy.media.uploads.count").value()).isEqualTo(1.0);
		assertThat(datum("buddy.media.uploads.sum").value()).isEqualTo(2048.0);
		assertThat(names()).contains("buddy.board.posts.count", "buddy.reviews.written.count");
	}

	@Test
	void requestTimingsGoOutByRouteGroupAndOutcomeSoCrawlersCannotMultiplyMetrics() {
		var registry = CloudWatchMetrics.registry(this.properties, this.cloudWatch, this.clock);
		for (int i = 0; i < 2_000; i++) {
			String uri = switch (i % 5) {
				case 0 -> "/board/" + i;
				case 1 -> "/review/{id}";
				case 2 -> "/wp-admin/" + i + ".php";
				case 3 -> "/";
				default -> "/media/review/2026/11/22/" + i + ".jpg";
			};
			Timer.builder("http.server.requests")
				.tags("uri", uri, "status", String.valueOf(200 + i % 300), "method", (i % 2 == 0) ? "GET" : "POST",
						"outcome", (i % 7 == 0) ? "CLIENT_ERROR" : "SUCCESS", "exception", "none")
				.publishPercentileHistogram()
				.publishPercentiles(0.5, 0.99)
				.register(registry)
				.record(Duration.ofMillis(i % 100));
		}
		Gauge.builder("hikaricp.connections.active", () -> 3).tag("pool", "writer").register(registry);
		Gauge.builder("hikaricp.connections.active", () -> 1).tag("pool", "reader").register(registry);
		Gauge.builder("jvm.memory.used", () -> 1).tag("id", "G1 Eden Space").register(registry);
		registry.counter("logback.events", "level", "info").increment();

		publish(registry);

		var requestMetrics = this.cloudWatch.data()
			.stream()
			.filter((datum) -> datum.metricName().startsWith("http.server.requests"))
			.toList();
		assertThat(requestMetrics).isNotEmpty()
			.allSatisfy((datum) -> assertThat(dimensions(datum).keySet()).containsExactlyInAnyOrder("application",
					"InstanceId", "AutoScalingGroupName", "route", "outcome"));
		assertThat(requestMetrics.stream().map((datum) -> dimensions(datum).get("route")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("board", "review", "other", "home", "media");
		// count, sum, avg, max per route and outcome; no buckets, no percentiles.
		assertThat(names()).contains("http.server.requests.count", "hikaricp.connections.active.value")
			.noneMatch((name) -> name.contains("percentile") || name.contains("histogram"))
			.doesNotContain("jvm.memory.used", "logback.events.count");
		assertThat(distinctMetrics()).hasSizeLessThanOrEqualTo(5 * 2 * 4 + 2);
	}

	@Test
	void everyUnknownFirstPathSegmentIsOneRouteGroup() {
		assertThat(BoundedMetrics.routeGroup("/board/{id}/edit")).isEqualTo("board");
		assertThat(BoundedMetrics.routeGroup("/")).isEqualTo("home");
		assertThat(BoundedMetrics.routeGroup("/.env")).isEqualTo("other");
		assertThat(BoundedMetrics.routeGroup("NOT_FOUND")).isEqualTo("other");
		assertThat(BoundedMetrics.routeGroup(null)).isEqualTo("other");
	}

	private void publish(io.micrometer.cloudwatch2.CloudWatchMeterRegistry registry) {
		this.clock.add(Duration.ofMinutes(1).plusSeconds(1));
		// Closing publishes the last completed step, as on shutdown.
		registry.close();
	}

	private MetricDatum datum(String name) {
		return this.cloudWatch.data()
			.stream()
			.filter((datum) -> datum.metricName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not in " + names()));
	}

	private Set<String> names() {
		return this.cloudWatch.data().stream().map(MetricDatum::metricName).collect(Collectors.toSet());
	}

	private Set<String> distinctMetrics() {
		return this.cloudWatch.data()
			.stream()
			.map((datum) -> datum.metricName() + dimensions(datum))
			.collect(Collectors.toSet());
	}

	private static Map<String, String> dimensions(MetricDatum datum) {
		return datum.dimensions().stream().collect(Collectors.toMap(Dimension::name, Dimension::value));
	}

	/**
	 * Records what would have been sent; CloudWatch answers every request with success.
	 */
	static final class FakeCloudWatch implements CloudWatchAsyncClient {

		final List<PutMetricDataRequest> requests = new CopyOnWriteArrayList<>();

		@Override
		public CompletableFuture<PutMetricDataResponse> putMetricData(PutMetricDataRequest request) {
			this.requests.add(request);
			return CompletableFuture.completedFuture(PutMetricDataResponse.builder().build());
		}

		List<MetricDatum> data() {
			return this.requests.stream().flatMap((request) -> request.metricData().stream()).toList();
		}

		@Override
		public String serviceName() {
			return "monitoring";
		}

		@Override
		public void close() {
		}

	}

}
