package com.buddyverse.ops;

import java.time.Duration;
import java.util.ArrayList;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer's CloudWatch registry, on only when {@code buddy.metrics.cloudwatch.enabled}
 * (the {@code aws} profile). Every tag combination is a metric CloudWatch bills for, so
 * the registry carries {@link BoundedMetrics}' filters.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "buddy.metrics.cloudwatch.enabled", havingValue = "true")
class CloudWatchMetrics {

	static final String APPLICATION = "buddyverse";

	@Bean(destroyMethod = "close")
	CloudWatchAsyncClient cloudWatchAsyncClient(CloudWatchMetricsProperties properties) {
		var builder = CloudWatchAsyncClient.builder();
		if (properties.region() != null && !properties.region().isBlank()) {
			builder.region(Region.of(properties.region()));
		}
		// Without a region the SDK asks the instance metadata service; credentials come
		// from the instance profile, looked up at the first publish.
		return builder.build();
	}

	@Bean
	CloudWatchMeterRegistry cloudWatchMeterRegistry(CloudWatchMetricsProperties properties,
			CloudWatchAsyncClient client) {
		return registry(properties, client, Clock.SYSTEM);
	}

	/** The registry exactly as production builds it; tests pass a fake client. */
	static CloudWatchMeterRegistry registry(CloudWatchMetricsProperties properties, CloudWatchAsyncClient client,
			Clock clock) {
		var registry = new CloudWatchMeterRegistry(config(properties), clock, client);
		registry.config().commonTags(commonTags(properties));
		BoundedMetrics.filters().forEach(registry.config()::meterFilter);
		return registry;
	}

	static Tags commonTags(CloudWatchMetricsProperties properties) {
		var tags = new ArrayList<Tag>();
		tags.add(Tag.of("application", APPLICATION));
		if (properties.autoScalingGroup() != null && !properties.autoScalingGroup().isBlank()) {
			tags.add(Tag.of("AutoScalingGroupName", properties.autoScalingGroup()));
		}
		if (properties.instanceId() != null && !properties.instanceId().isBlank()) {
			tags.add(Tag.of("InstanceId", properties.instanceId()));
		}
		return Tags.of(tags);
	}

	private static CloudWatchConfig config(CloudWatchMetricsProperties properties) {
		return new CloudWatchConfig() {

			@Override
			public String get(String key) {
				return null;
			}

			@Override
			public String namespace() {
				return properties.namespace();
			}

			@Override
			public Duration step() {
				return properties.step();
			}

		};
	}

}
