package com.buddyverse.infra.monitoring;

import java.util.ArrayList;
import java.util.List;

import com.buddyverse.infra.config.EfsThroughput;
import com.buddyverse.infra.config.Naming;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * Alarms on what members feel (errors, latency, too few healthy instances) and on what
 * precedes it (CPU at the scaling ceiling, database CPU and storage, replica lag, EFS
 * I/O). Each alarm and its recovery go to the ops topic.
 */
class Alarms extends Construct {

    private final List<Alarm> alarms = new ArrayList<>();

    private final Naming naming;

    private final SnsAction action;

    Alarms(Construct scope, String id, Naming naming, com.buddyverse.infra.config.BuddyConfig config,
            FleetMetrics metrics, ITopic topic) {
        super(scope, id);
        this.naming = naming;
        this.action = new SnsAction(topic);
        alarm("alb-target-5xx", "The app answered 5xx to 10 or more requests a minute, 3 minutes running",
                metrics.target5xx(), 10, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 3,
                TreatMissingData.NOT_BREACHING);
        alarm("alb-5xx", "The ALB itself answered 5xx (no healthy target, timeouts) to 10 or more requests a minute",
                metrics.elb5xx(), 10, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 3,
                TreatMissingData.NOT_BREACHING);
        alarm("alb-latency-p95", "95th percentile response time above 1 s for 5 minutes", metrics.responseTime("p95"),
                1, ComparisonOperator.GREATER_THAN_THRESHOLD, 5, TreatMissingData.NOT_BREACHING);
        alarm("healthy-hosts", "Fewer healthy instances behind the ALB than the group's minimum for 3 minutes",
                metrics.healthyHosts(), config.capacity().min(), ComparisonOperator.LESS_THAN_THRESHOLD, 3,
                TreatMissingData.BREACHING);
        alarm("web-cpu-high", "Average fleet CPU above 85% for 15 minutes: scaling is at its maximum or too slow",
                metrics.fleetCpu(), 85, ComparisonOperator.GREATER_THAN_THRESHOLD, 15, TreatMissingData.MISSING);
        alarm("db-cpu-high", "Primary database CPU above 80% for 15 minutes", metrics.primaryCpu(), 80,
                ComparisonOperator.GREATER_THAN_THRESHOLD, 3, TreatMissingData.MISSING);
        alarm("db-storage-low", "Primary database has less than 2 GiB free (storage autoscaling lags or is maxed)",
                metrics.primaryFreeStorage(), 2L * 1024 * 1024 * 1024, ComparisonOperator.LESS_THAN_THRESHOLD, 1,
                TreatMissingData.MISSING);
        alarm("db-replica-lag",
                "The read replica is more than 60 s behind for 5 minutes (reads fall back to the" + " primary)",
                metrics.replicaLag(), 60, ComparisonOperator.GREATER_THAN_THRESHOLD, 5, TreatMissingData.BREACHING);
        if (config.efsThroughput() == EfsThroughput.BURSTING) {
            alarm("efs-burst-credits-low", "EFS burst credits below 100 GiB: throughput will drop to baseline",
                    metrics.efs("BurstCreditBalance", "Minimum"), 100L * 1024 * 1024 * 1024,
                    ComparisonOperator.LESS_THAN_THRESHOLD, 1, TreatMissingData.MISSING);
        }
        alarm("efs-io-limit", "EFS above 90% of its I/O limit for 15 minutes", metrics.efs("PercentIOLimit", "Maximum"),
                90, ComparisonOperator.GREATER_THAN_THRESHOLD, 3, TreatMissingData.NOT_BREACHING);
    }

    private void alarm(String name, String description, IMetric metric, double threshold, ComparisonOperator comparison,
            int periods, TreatMissingData missingData) {
        var alarm = Alarm.Builder.create(this, name)
            .alarmName(this.naming.name(name))
            .alarmDescription(description)
            .metric(metric)
            .threshold(threshold)
            .comparisonOperator(comparison)
            .evaluationPeriods(periods)
            .datapointsToAlarm(periods)
            .treatMissingData(missingData)
            .build();
        alarm.addAlarmAction(this.action);
        alarm.addOkAction(this.action);
        this.alarms.add(alarm);
    }

    List<Alarm> all() {
        return List.copyOf(this.alarms);
    }

}
