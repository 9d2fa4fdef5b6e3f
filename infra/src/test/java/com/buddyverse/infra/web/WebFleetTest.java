package com.buddyverse.infra.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.buddyverse.infra.TestStacks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

class WebFleetTest {

    private static Template template;

    private static String userData;

    @BeforeAll
    static void synth() {
        template = TestStacks.defaults().web();
        userData = userData(template);
    }

    /**
     * The boot script with each deploy-time value shown as its CloudFormation expression.
     */
    @SuppressWarnings("unchecked")
    private static String userData(Template template) {
        var launchTemplate = template.findResources("AWS::EC2::LaunchTemplate").values().iterator().next();
        var data = (Map<String, Object>) ((Map<String, Object>) launchTemplate.get("Properties"))
            .get("LaunchTemplateData");
        var base64 = (Map<String, Object>) data.get("UserData");
        var join = (List<Object>) ((Map<String, Object>) base64.get("Fn::Base64")).get("Fn::Join");
        return ((List<Object>) join.get(1)).stream()
            .map(part -> (part instanceof String text) ? text : "<" + part + ">")
            .collect(Collectors.joining());
    }

    @Test
    void groupIsTwoTwoFourInTheWebPrivateSubnets() {
        template.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Match.objectLike(Map
            .of("AutoScalingGroupName", "buddy-test-web", "MinSize", "2", "DesiredCapacity", "2", "MaxSize", "4")));
        var group = template.findResources("AWS::AutoScaling::AutoScalingGroup").toString();
        assertThat(group).contains("webprivateSubnet1", "webprivateSubnet2")
            .doesNotContain("publicSubnet", "dbprivate");
    }

    @Test
    void elbHealthChecksWithAGracePeriodAndTheTargetGroup() {
        template.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
                Match.objectLike(Map.of("HealthCheckType", "ELB", "HealthCheckGracePeriod", 180, "TargetGroupARNs",
                        List.of(Map.of("Ref", Match.stringLikeRegexp("LoadBalancerTargets.*"))))));
    }

    @Test
    void groupMetricsAreCollected() {
        template.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Match.objectLike(
                Map.of("MetricsCollection", List.of(Map.of("Granularity", "1Minute")), "DefaultInstanceWarmup", 120)));
    }

    @Test
    void scalesOnAverageCpuAroundTheTarget() {
        template.hasResourceProperties("AWS::AutoScaling::ScalingPolicy",
                Match.objectLike(Map.of("PolicyType", "TargetTrackingScaling", "TargetTrackingConfiguration",
                        Map.of("PredefinedMetricSpecification",
                                Map.of("PredefinedMetricType", "ASGAverageCPUUtilization"), "TargetValue", 60))));
    }

    @Test
    void rollingUpdatesWaitForHealthyInstancesOneAtATime() {
        template.hasResource("AWS::AutoScaling::AutoScalingGroup",
                Match.objectLike(Map.of("CreationPolicy",
                        Map.of("ResourceSignal", Map.of("Count", 2, "Timeout", "PT15M")), "UpdatePolicy",
                        Match.objectLike(Map.of("AutoScalingRollingUpdate", Match.objectLike(Map.of("MaxBatchSize", 1,
                                "MinInstancesInService", 2, "WaitOnResourceSignals", true, "PauseTime", "PT10M")))))));
    }

    @Test
    void launchTemplateRequiresImdsv2AndEncryptsTheRootVolume() {
        template.hasResourceProperties("AWS::EC2::LaunchTemplate",
                Match.objectLike(Map.of("LaunchTemplateName", "buddy-test-web", "LaunchTemplateData",
                        Match.objectLike(Map.of("ImageId", TestStacks.AMI_ID, "InstanceType", "t3.micro",
                                "MetadataOptions", Map.of("HttpTokens", "required", "HttpPutResponseHopLimit", 1),
                                "Monitoring", Map.of("Enabled", true), "BlockDeviceMappings",
                                List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Map.of("Encrypted", true, "VolumeType",
                                        "gp3", "VolumeSize", 16, "DeleteOnTermination", true))))))));
    }

    @Test
    void instanceRoleHasSsmAndNoSshKey() {
        template.hasResourceProperties("AWS::IAM::Role",
                Match.objectLike(Map.of("ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of("arn:",
                        Map.of("Ref", "AWS::Partition"), ":iam::aws:policy/AmazonSSMManagedInstanceCore")))))));
        assertThat(template.findResources("AWS::EC2::LaunchTemplate").toString()).doesNotContain("KeyName");
    }

    @Test
    void instancesPublishMetricsOnlyToTheirNamespaces() {
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Match
            .objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Action",
                    "cloudwatch:PutMetricData", "Resource", "*", "Condition",
                    Map.of("StringEquals", Map.of("cloudwatch:namespace", List.of("BuddyVerse", "CWAgent"))))))))))));
    }

    @Test
    void instancesShipLogsOnlyToTheAppLogGroup() {
        template
            .hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument",
                    Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Action",
                            Match.arrayWith(List.of("logs:PutLogEvents")), "Resource",
                            List.of("arn:aws:logs:ap-northeast-2:111122223333:log-group:/buddyverse/app",
                                    "arn:aws:logs:ap-northeast-2:111122223333:log-group:/buddyverse/app:*"))))))))));
    }

    @Test
    void instancesMayReadTheDatabaseSecret() {
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Action",
                        List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"), "Resource",
                        Map.of("Fn::ImportValue", Match.stringLikeRegexp("buddy-test-data:.*Secret.*")))))))))));
    }

    @Test
    void userDataWritesTheAppEnvironment() {
        assertThat(userData).contains("SPRING_PROFILES_ACTIVE=aws\n", "SERVER_PORT=80\n", "BUDDY_DB_PORT=3306\n",
                "BUDDY_DB_NAME=buddyverse\n", "BUDDY_STORAGE_ROOT=$EFS_MOUNT\n", "readonly EFS_MOUNT='/mnt/efs'",
                "AWS_REGION=$REGION\n", "readonly REGION='ap-northeast-2'", "BUDDY_INSTANCE_ID=$INSTANCE_ID\n",
                "BUDDY_ASG_NAME=buddy-test-web\n", "print(\"BUDDY_DB_USERNAME=\" + secret[\"username\"])",
                "print(\"BUDDY_DB_PASSWORD=\" + secret[\"password\"])", "mv -f \"$env_tmp\" \"$ENV_FILE\"",
                "readonly ENV_FILE='/etc/buddyverse/buddyverse.env'", "chmod 0600 \"$env_tmp\"");
        assertThat(userData)
            .containsPattern("BUDDY_DB_WRITER_HOST=<\\{Fn::ImportValue=buddy-test-data:.*Primary.*Endpoint")
            .containsPattern("BUDDY_DB_READER_HOST=<\\{Fn::ImportValue=buddy-test-data:.*Replica.*Endpoint");
    }

    @Test
    void userDataFetchesTheSecretAtBootAndNeverEmbedsIt() {
        assertThat(userData)
            .contains("aws secretsmanager get-secret-value --region \"$REGION\" --secret-id \"$DB_SECRET_ARN\"")
            .containsPattern("readonly DB_SECRET_ARN='<\\{Fn::ImportValue=buddy-test-data:.*Secret")
            .doesNotContain("resolve:secretsmanager")
            .doesNotContainPattern("BUDDY_DB_PASSWORD=[^\"]");
    }

    @Test
    void userDataMountsEfsWithTlsAndPreparesTheSharedFolders() {
        assertThat(userData)
            .containsPattern("readonly FILE_SYSTEM_ID='<\\{Fn::ImportValue=buddy-test-data:.*FileSystem")
            .contains("echo \"$FILE_SYSTEM_ID:/ $EFS_MOUNT efs _netdev,tls 0 0\" >> /etc/fstab", "mount \"$EFS_MOUNT\"",
                    "install -d -m 0755 -o buddyverse -g buddyverse \"$EFS_MOUNT/static\" \"$EFS_MOUNT/media\"");
    }

    /**
     * The AMI's side of the contract lists the variables in
     * packer/files/buddyverse.env.example.
     */
    @Test
    void userDataWritesExactlyTheVariablesTheAmiExpects() throws Exception {
        var example = Path.of("..", "packer", "files", "buddyverse.env.example");
        Assumptions.assumeTrue(Files.exists(example), "packer/ is not beside infra/");
        var expected = Files.readAllLines(example)
            .stream()
            .map(line -> line.replaceFirst("^([A-Z_][A-Z0-9_]*)=.*$", "$1"))
            .filter(key -> key.matches("[A-Z_][A-Z0-9_]*"))
            .collect(Collectors.toSet());
        var envFile = userData.substring(userData.indexOf("<<EOF\n"), userData.indexOf("\nEOF\n"));
        var written = Pattern.compile("(?m)^([A-Z_][A-Z0-9_]*)=|print\\(\"([A-Z_][A-Z0-9_]*)=")
            .matcher(envFile + userData.substring(userData.indexOf("python3 -c")))
            .results()
            .map(match -> (match.group(1) != null) ? match.group(1) : match.group(2))
            .collect(Collectors.toSet());
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void userDataIsValidBash() throws Exception {
        var script = Files.createTempFile("user-data", ".sh");
        try {
            Files.writeString(script, userData);
            var bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            var output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor()).as(output).isZero();
        }
        finally {
            Files.delete(script);
        }
    }

    @Test
    void userDataStartsTheAgentAndTheAppThenSignals() {
        assertThat(userData).contains(
                "amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s \\\n    -c 'file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json'",
                "systemctl enable --now buddyverse.service",
                "curl -fsS -o /dev/null --max-time 2 http://127.0.0.1/actuator/health", "signal SUCCESS",
                "--stack-name 'buddy-test-web'", "-H 'X-aws-ec2-metadata-token-ttl-seconds: 300'");
        assertThat(userData.indexOf("mount \"$EFS_MOUNT\"")).isLessThan(userData.indexOf("systemctl enable --now"));
        assertThat(userData).startsWith("#!/bin/bash\nset -o nounset -o errexit -o pipefail\n");
    }

}
