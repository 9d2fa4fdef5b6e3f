package com.buddyverse.infra.monitoring;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.TestStacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringStackTest {

    private static Template template;

    @BeforeAll
    static void synth() {
        template = TestStacks.defaults().monitoring();
    }

    private static void alarm(String name, String namespace, String metric, Object threshold, String comparison) {
        template.hasResourceProperties("AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of("AlarmName", "buddy-test-" + name, "Namespace", namespace, "MetricName", metric,
                        "Threshold", threshold, "ComparisonOperator", comparison, "AlarmActions",
                        List.of(Map.of("Ref", Match.stringLikeRegexp("OpsTopic.*"))), "OKActions",
                        List.of(Map.of("Ref", Match.stringLikeRegexp("OpsTopic.*"))))));
    }

    @Test
    void alarmsOnWhatMembersFeel() {
        alarm("alb-target-5xx", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", 10, "GreaterThanOrEqualToThreshold");
        alarm("alb-5xx", "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", 10, "GreaterThanOrEqualToThreshold");
        alarm("alb-latency-p95", "AWS/ApplicationELB", "TargetResponseTime", 1, "GreaterThanThreshold");
        alarm("healthy-hosts", "AWS/ApplicationELB", "HealthyHostCount", 2, "LessThanThreshold");
    }

    @Test
    void alarmsOnWhatComesBefore() {
        alarm("web-cpu-high", "AWS/EC2", "CPUUtilization", 85, "GreaterThanThreshold");
        alarm("db-cpu-high", "AWS/RDS", "CPUUtilization", 80, "GreaterThanThreshold");
        alarm("db-storage-low", "AWS/RDS", "FreeStorageSpace", 2147483648L, "LessThanThreshold");
        alarm("db-replica-lag", "AWS/RDS", "ReplicaLag", 60, "GreaterThanThreshold");
        alarm("efs-io-limit", "AWS/EFS", "PercentIOLimit", 90, "GreaterThanThreshold");
    }

    @Test
    void replicaLagWatchesTheReplica() {
        template.hasResourceProperties("AWS::CloudWatch::Alarm",
                Match.objectLike(
                        Map.of("MetricName", "ReplicaLag", "Dimensions", List.of(Map.of("Name", "DBInstanceIdentifier",
                                "Value", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*Replica.*")))))));
    }

    @Test
    void dashboardShowsEveryLayer() {
        template.hasResourceProperties("AWS::CloudWatch::Dashboard",
                Match.objectLike(Map.of("DashboardName", "buddy-test-dashboard")));
        var body = template.findResources("AWS::CloudWatch::Dashboard").toString();
        assertThat(body).contains("RequestCount", "HTTPCode_Target_5XX_Count", "HTTPCode_ELB_5XX_Count",
                "TargetResponseTime", "HealthyHostCount", "UnHealthyHostCount", "GroupInServiceInstances",
                "{AWS/EC2,InstanceId} MetricName=", "mem_used_percent", "{BuddyVerse}", "DatabaseConnections",
                "ReplicaLag", "FreeStorageSpace", "PercentIOLimit", "BurstCreditBalance", "buddy-test-web");
    }

    @Test
    void opsTopicIsEncryptedWithARotatedKey() {
        template.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("TopicName", "buddy-test-ops",
                "KmsMasterKeyId", Match.objectLike(Map.of("Fn::GetAtt", Match.anyValue())))));
        template.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
    }

    @Test
    void failedLaunchesReachTheOpsTopic() {
        template.hasResourceProperties("AWS::Events::Rule",
                Match.objectLike(Map.of("EventPattern",
                        Map.of("source", List.of("aws.autoscaling"), "detail-type",
                                List.of("EC2 Instance Launch Unsuccessful", "EC2 Instance Terminate Unsuccessful"),
                                "detail", Map.of("AutoScalingGroupName", List.of("buddy-test-web"))))));
    }

}
