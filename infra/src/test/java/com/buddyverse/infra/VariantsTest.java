package com.buddyverse.infra;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.network.SecurityRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import static org.assertj.core.api.Assertions.assertThat;

/** Every context switch turned the other way, in one synthesized app. */
class VariantsTest {

    static final Map<String, Object> OPTIONS_ON = Map.of("natMode", "instance", "bastion", true, "deletionProtection",
            false, "multiAz", true, "efsThroughput", "bursting", "snapshotOnDelete", false, "asgMin", 1, "asgDesired",
            3, "asgMax", 6, "cpuTarget", 45);

    private static TestStacks.Built built;

    @BeforeAll
    static void synth() {
        built = TestStacks.with(OPTIONS_ON);
    }

    @Test
    void natInstanceReplacesTheGatewayAndOnlyForwardsHttpsFromTheWebTier() {
        built.network().resourceCountIs("AWS::EC2::NatGateway", 0);
        built.network()
            .hasResourceProperties("AWS::EC2::Instance", Match.objectLike(Map.of("InstanceType", "t3.nano",
                    "SourceDestCheck", false, "BlockDeviceMappings",
                    List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Match.objectLike(Map.of("Encrypted", true)))))));
        assertThat(SecurityRules.ingress(built.network())).contains("buddy-test-nat <- buddy-test-web-sg tcp:443")
            .noneMatch(rule -> rule.startsWith("buddy-test-nat <- 0.0.0.0/0"));
    }

    @Test
    void bastionHasNoInboundAndMayReachTheDatabase() {
        built.network()
            .hasResourceProperties("AWS::EC2::Instance",
                    Match.objectLike(Map.of("Tags",
                            Match.arrayWith(List.of(Map.of("Key", "Name", "Value", "buddy-test-bastion"))),
                            "BlockDeviceMappings",
                            List.of(Match.objectLike(Map.of("Ebs", Match.objectLike(Map.of("Encrypted", true))))))));
        assertThat(SecurityRules.ingress(built.network())).contains("buddy-test-db-sg <- buddy-test-admin-sg tcp:3306")
            .noneMatch(rule -> rule.startsWith("buddy-test-admin-sg <- "));
    }

    @Test
    void multiAzPrimaryLetsRdsChooseTheZones() {
        built.data()
            .hasResourceProperties("AWS::RDS::DBInstance",
                    Match.objectLike(Map.of("DBInstanceIdentifier", "buddy-test-db", "MultiAZ", true,
                            "AvailabilityZone", Match.absent(), "DeletionProtection", false)));
        built.data().hasResource("AWS::RDS::DBInstance", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

    @Test
    void burstingFileSystemGetsACreditAlarm() {
        built.data()
            .hasResourceProperties("AWS::EFS::FileSystem", Match.objectLike(Map.of("ThroughputMode", "bursting")));
        built.monitoring()
            .hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(
                    Map.of("AlarmName", "buddy-test-efs-burst-credits-low", "MetricName", "BurstCreditBalance")));
    }

    @Test
    void capacitiesAndCpuTargetFollowTheContext() {
        built.web()
            .hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
                    Match.objectLike(Map.of("MinSize", "1", "DesiredCapacity", "3", "MaxSize", "6")));
        built.web()
            .hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Match
                .objectLike(Map.of("TargetTrackingConfiguration", Match.objectLike(Map.of("TargetValue", 45)))));
        built.web()
            .hasResource("AWS::AutoScaling::AutoScalingGroup", Match.objectLike(Map.of("UpdatePolicy", Match.objectLike(
                    Map.of("AutoScalingRollingUpdate", Match.objectLike(Map.of("MinInstancesInService", 1)))))));
    }

    @Test
    void withoutDeletionProtectionTheLoadBalancerAndFilesCanGo() {
        built.data().hasResource("AWS::EFS::FileSystem", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

}
