package com.buddyverse.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how often metrics go to CloudWatch; switched on by the {@code aws} profile.
 * The instance id and the Auto Scaling group become dimensions of every metric when
 * known.
 */
@ConfigurationProperties("buddy.metrics.cloudwatch")
record CloudWatchMetricsProperties(@DefaultValue("false") boolean enabled, @DefaultValue("BuddyVerse") String namespace,
		@DefaultValue("1m") Duration step, String region, String instanceId, String autoScalingGroup) {
}
