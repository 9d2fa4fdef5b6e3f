package com.buddyverse.infra.monitoring;

import java.util.Map;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.data.DataStack;
import com.buddyverse.infra.web.WebStack;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;

/** The metrics the dashboard shows and the alarms watch, defined once. */
final class FleetMetrics {

    private static final Duration ONE_MINUTE = Duration.minutes(1);

    private static final Duration FIVE_MINUTES = Duration.minutes(5);

    private final BuddyConfig config;

    private final String groupName;

    private final DataStack.Outputs data;

    private final WebStack.Outputs web;

    FleetMetrics(Naming naming, BuddyConfig config, DataStack.Outputs data, WebStack.Outputs web) {
        this.config = config;
        this.groupName = naming.name("web");
        this.data = data;
        this.web = web;
    }

    String groupName() {
        return this.groupName;
    }

    // Load balancer

    Metric requests() {
        return this.web.alb().getMetrics().requestCount(options("Sum", ONE_MINUTE));
    }

    Metric target5xx() {
        return this.web.alb().getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, options("Sum", ONE_MINUTE));
    }

    Metric elb5xx() {
        return this.web.alb().getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, options("Sum", ONE_MINUTE));
    }

    Metric responseTime(String statistic) {
        return this.web.alb().getMetrics().targetResponseTime(options(statistic, ONE_MINUTE));
    }

    Metric healthyHosts() {
        return this.web.targetGroup().getMetrics().healthyHostCount(options("Minimum", ONE_MINUTE));
    }

    Metric unhealthyHosts() {
        return this.web.targetGroup().getMetrics().unhealthyHostCount(options("Maximum", ONE_MINUTE));
    }

    // Instances

    Metric fleetCpu() {
        return Metric.Builder.create()
            .namespace("AWS/EC2")
            .metricName("CPUUtilization")
            .dimensionsMap(Map.of("AutoScalingGroupName", this.groupName))
            .statistic("Average")
            .period(ONE_MINUTE)
            .build();
    }

    Metric inServiceInstances() {
        return Metric.Builder.create()
            .namespace("AWS/AutoScaling")
            .metricName("GroupInServiceInstances")
            .dimensionsMap(Map.of("AutoScalingGroupName", this.groupName))
            .statistic("Maximum")
            .period(ONE_MINUTE)
            .build();
    }

    /**
     * EC2 publishes CPU per instance without the group as a dimension, so this searches
     * by instance.
     */
    IMetric cpuPerInstance() {
        return search("{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"", "Average", "CPU per instance");
    }

    /** The baked CloudWatch agent tags its metrics with the group and the instance. */
    IMetric memoryPerInstance() {
        return search("{CWAgent,AutoScalingGroupName,InstanceId} MetricName=\"mem_used_percent\""
                + " AutoScalingGroupName=\"" + this.groupName + "\"", "Average", "Memory per instance");
    }

    IMetric appMetrics() {
        return search("{BuddyVerse} MetricName=\"http.server.requests.count\"", "Sum", "App requests");
    }

    // Database

    Metric primaryCpu() {
        return this.data.primary().metricCPUUtilization(options("Average", FIVE_MINUTES));
    }

    Metric replicaCpu() {
        return this.data.replica().metricCPUUtilization(options("Average", FIVE_MINUTES));
    }

    Metric primaryConnections() {
        return this.data.primary().metricDatabaseConnections(options("Maximum", ONE_MINUTE));
    }

    Metric replicaConnections() {
        return this.data.replica().metricDatabaseConnections(options("Maximum", ONE_MINUTE));
    }

    Metric primaryFreeStorage() {
        return this.data.primary().metricFreeStorageSpace(options("Minimum", FIVE_MINUTES));
    }

    Metric replicaLag() {
        return this.data.replica().metric("ReplicaLag", options("Maximum", ONE_MINUTE));
    }

    // Files

    Metric efs(String metricName, String statistic) {
        return Metric.Builder.create()
            .namespace("AWS/EFS")
            .metricName(metricName)
            .dimensionsMap(Map.of("FileSystemId", this.data.files().getFileSystemId()))
            .statistic(statistic)
            .period(FIVE_MINUTES)
            .build();
    }

    BuddyConfig config() {
        return this.config;
    }

    /**
     * Statistic and period only: a label would turn every alarm on the metric into a
     * metric-math alarm, and the dashboard legends already show metric, statistic and
     * dimensions.
     */
    private static MetricOptions options(String statistic, Duration period) {
        return MetricOptions.builder().statistic(statistic).period(period).build();
    }

    private static IMetric search(String query, String statistic, String label) {
        return MathExpression.Builder.create()
            .expression("SEARCH('" + query + "', '" + statistic + "', 60)")
            .usingMetrics(Map.of())
            .label(label)
            .period(ONE_MINUTE)
            .build();
    }

}
