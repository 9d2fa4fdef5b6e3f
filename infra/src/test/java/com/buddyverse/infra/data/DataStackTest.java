package com.buddyverse.infra.data;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.TestStacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

class DataStackTest {

    private static Template template;

    @BeforeAll
    static void synth() {
        template = TestStacks.defaults().data();
    }

    @Test
    void primaryIsPrivateEncryptedMysql8InZoneA() {
        template.hasResource("AWS::RDS::DBInstance",
                Match.objectLike(Map.of("DeletionPolicy", "Snapshot", "UpdateReplacePolicy", "Snapshot", "Properties",
                        Match.objectLike(Map.ofEntries(Map.entry("DBInstanceIdentifier", "buddy-test-db"),
                                Map.entry("Engine", "mysql"), Map.entry("EngineVersion", "8.4.10"),
                                Map.entry("DBInstanceClass", "db.t4g.micro"), Map.entry("DBName", "buddyverse"),
                                Map.entry("AvailabilityZone", "ap-northeast-2a"), Map.entry("MultiAZ", false),
                                Map.entry("StorageEncrypted", true), Map.entry("StorageType", "gp3"),
                                Map.entry("PubliclyAccessible", false), Map.entry("DeletionProtection", true),
                                Map.entry("BackupRetentionPeriod", 7), Map.entry("Port", "3306"),
                                Map.entry("MonitoringInterval", 60), Map.entry("EnableIAMDatabaseAuthentication", true),
                                Map.entry("AutoMinorVersionUpgrade", false),
                                Map.entry("EnableCloudwatchLogsExports", List.of("error", "slowquery")))))));
    }

    @Test
    void readReplicaOfThePrimaryInZoneC() {
        template.hasResourceProperties("AWS::RDS::DBInstance",
                Match.objectLike(Map.of("DBInstanceIdentifier", "buddy-test-db-replica", "SourceDBInstanceIdentifier",
                        Match.anyValue(), "AvailabilityZone", "ap-northeast-2c", "PubliclyAccessible", false,
                        "DBParameterGroupName", Map.of("Ref", Match.stringLikeRegexp("DatabaseParameters.*")))));
    }

    @Test
    void credentialsAreGeneratedIntoSecretsManager() {
        template.hasResourceProperties("AWS::SecretsManager::Secret",
                Match.objectLike(Map.of("Name", "buddy-test-db-credentials", "GenerateSecretString",
                        Match.objectLike(Map.of("SecretStringTemplate", "{\"username\":\"buddyverse\"}",
                                "GenerateStringKey", "password")))));
        template.hasResourceProperties("AWS::RDS::DBInstance", Match
            .objectLike(Map.of("MasterUserPassword", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(
                    List.of(Match.arrayWith(List.of(Match.stringLikeRegexp("\\{\\{resolve:secretsmanager:.*"))))))))));
    }

    @Test
    void parameterGroupIsUtf8mb4EndToEnd() {
        template.hasResourceProperties("AWS::RDS::DBParameterGroup", Match.objectLike(Map.of("Family", "mysql8.4",
                "Parameters",
                Map.of("character_set_server", "utf8mb4", "character_set_client", "utf8mb4", "character_set_connection",
                        "utf8mb4", "character_set_database", "utf8mb4", "character_set_results", "utf8mb4",
                        "collation_server", "utf8mb4_unicode_ci", "collation_connection", "utf8mb4_unicode_ci",
                        "slow_query_log", "1", "long_query_time", "1"))));
    }

    @Test
    void subnetGroupIsTheDbPrivateSubnets() {
        var subnetGroups = template.findResources("AWS::RDS::DBSubnetGroup");
        assertThat(subnetGroups).hasSize(1);
        assertThat(subnetGroups.values().iterator().next().toString()).contains("dbprivateSubnet1", "dbprivateSubnet2")
            .doesNotContain("webprivate", "publicSubnet");
    }

    @Test
    void rdsLogsAreKeptForAMonth() {
        for (var log : List.of("buddy-test-db/error", "buddy-test-db/slowquery", "buddy-test-db-replica/error",
                "buddy-test-db-replica/slowquery")) {
            template.hasResourceProperties("AWS::Logs::LogGroup",
                    Map.of("LogGroupName", "/aws/rds/instance/" + log, "RetentionInDays", 30));
        }
    }

    @Test
    void fileSystemIsEncryptedBackedUpAndTiered() {
        template.hasResource("AWS::EFS::FileSystem",
                Match.objectLike(Map.of("DeletionPolicy", "Retain", "Properties",
                        Match.objectLike(Map.of("Encrypted", true, "BackupPolicy", Map.of("Status", "ENABLED"),
                                "ThroughputMode", "elastic", "PerformanceMode", "generalPurpose", "LifecyclePolicies",
                                List.of(Map.of("TransitionToIA", "AFTER_30_DAYS"),
                                        Map.of("TransitionToPrimaryStorageClass", "AFTER_1_ACCESS")),
                                "FileSystemTags",
                                Match.arrayWith(List.of(Map.of("Key", "Name", "Value", "buddy-test-files"))))))));
    }

    @Test
    void fileSystemRefusesMountsWithoutTls() {
        template
            .hasResourceProperties("AWS::EFS::FileSystem",
                    Match
                        .objectLike(
                                Map.of("FileSystemPolicy",
                                        Match.objectLike(Map.of("Statement",
                                                Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                                                        "Action", "*", "Condition",
                                                        Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }

    @Test
    void oneMountTargetPerWebPrivateSubnet() {
        var mountTargets = template.findResources("AWS::EFS::MountTarget");
        assertThat(mountTargets).hasSize(2);
        assertThat(mountTargets.values().toString()).contains("webprivateSubnet1", "webprivateSubnet2");
    }

}
