package com.buddyverse.infra.web;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.config.Suppress;
import com.buddyverse.infra.data.Database;
import com.buddyverse.infra.data.DataStack;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthCheckType;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthChecksOptions;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CfnAutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.autoscaling.GroupMetrics;
import software.amazon.awscdk.services.autoscaling.HealthChecks;
import software.amazon.awscdk.services.autoscaling.RollingUpdateOptions;
import software.amazon.awscdk.services.autoscaling.ScalingProcess;
import software.amazon.awscdk.services.autoscaling.Signals;
import software.amazon.awscdk.services.autoscaling.SignalsOptions;
import software.amazon.awscdk.services.autoscaling.UpdatePolicy;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.LaunchTemplateHttpTokens;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationTargetGroup;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The web tier: a launch template from the golden AMI and an Auto Scaling group over the
 * web-private subnets, registered with the ALB's target group, scaled on average CPU.
 */
public class WebFleet extends Construct {

    /**
     * CloudWatch namespaces the instance may publish to: the app's (micrometer) and the
     * agent's.
     */
    public static final List<String> METRIC_NAMESPACES = List.of("BuddyVerse", "CWAgent");

    /** The log group the baked CloudWatch agent ships the app's JSON log to. */
    public static final String APP_LOG_GROUP = "/buddyverse/app";

    /**
     * Boot (~30 s) + user data (~15 s) + app start (&lt; 60 s) is under two minutes;
     * three minutes leaves room for a cold EFS mount or a slow first JIT without letting
     * a dead instance linger long. The ALB only sends traffic once the instance passes
     * its own checks, so the grace period never exposes members to it.
     */
    public static final Duration HEALTH_CHECK_GRACE = Duration.seconds(180);

    private final AutoScalingGroup group;

    public WebFleet(Construct scope, String id, BuddyConfig config, Naming naming, IVpc vpc,
            ISecurityGroup securityGroup, DataStack.Outputs data, IApplicationTargetGroup targetGroup) {
        super(scope, id);
        var stack = Stack.of(this);
        var groupName = naming.name("web");

        var role = Role.Builder.create(this, "InstanceRole")
            .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
            .description("BuddyVerse web instances: SSM, CloudWatch agent, the database secret")
            .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore")))
            .build();
        role.addToPolicy(PolicyStatement.Builder.create()
            .sid("PutMetricsInOwnNamespaces")
            .actions(List.of("cloudwatch:PutMetricData"))
            .resources(List.of("*"))
            .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", METRIC_NAMESPACES)))
            .build());
        role.addToPolicy(PolicyStatement.Builder.create()
            .sid("CloudWatchAgentDimensions")
            .actions(List.of("ec2:DescribeTags", "ec2:DescribeVolumes"))
            .resources(List.of("*"))
            .build());
        var logGroupArn = stack.formatArn(ArnComponents.builder()
            .service("logs")
            .resource("log-group")
            .resourceName(APP_LOG_GROUP)
            .arnFormat(software.amazon.awscdk.ArnFormat.COLON_RESOURCE_NAME)
            .build());
        role.addToPolicy(PolicyStatement.Builder.create()
            .sid("ShipAppLog")
            .actions(List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
                    "logs:DescribeLogStreams", "logs:PutRetentionPolicy"))
            // Logs evaluates some calls against "log-group:NAME" and others against
            // "log-group:NAME:*".
            .resources(List.of(logGroupArn, logGroupArn + ":*"))
            .build());
        var stackArn = stack.formatArn(ArnComponents.builder()
            .service("cloudformation")
            .resource("stack")
            .resourceName(stack.getStackName() + "/*")
            .build());
        role.addToPolicy(PolicyStatement.Builder.create()
            .sid("SignalRollingUpdates")
            .actions(List.of("cloudformation:SignalResource"))
            .resources(List.of(stackArn))
            .build());
        data.credentials().grantRead(role);

        var userData = UserData.forLinux();
        var template = LaunchTemplate.Builder.create(this, "LaunchTemplate")
            .launchTemplateName(groupName)
            .machineImage(MachineImage.genericLinux(Map.of(BuddyConfig.REGION, config.amiId())))
            .instanceType(new InstanceType(config.instanceType()))
            .securityGroup(securityGroup)
            .role(role)
            .userData(userData)
            .requireImdsv2(true)
            .httpTokens(LaunchTemplateHttpTokens.REQUIRED)
            .httpPutResponseHopLimit(1)
            .detailedMonitoring(true)
            .blockDevices(List.of(BlockDevice.builder()
                .deviceName("/dev/xvda")
                .volume(BlockDeviceVolume.ebs(16,
                        EbsDeviceOptions.builder()
                            .volumeType(EbsDeviceVolumeType.GP3)
                            .encrypted(true)
                            .deleteOnTermination(true)
                            .build()))
                .build()))
            .build();

        var capacity = config.capacity();
        this.group = AutoScalingGroup.Builder.create(this, "Group")
            .autoScalingGroupName(groupName)
            .vpc(vpc)
            .vpcSubnets(SubnetSelection.builder().subnetGroupName("web-private").build())
            .launchTemplate(template)
            .minCapacity(capacity.min())
            .desiredCapacity(capacity.desired())
            .maxCapacity(capacity.max())
            .healthChecks(HealthChecks.withAdditionalChecks(AdditionalHealthChecksOptions.builder()
                .additionalTypes(List.of(AdditionalHealthCheckType.ELB))
                .gracePeriod(HEALTH_CHECK_GRACE)
                .build()))
            .defaultInstanceWarmup(Duration.seconds(120))
            .cooldown(Duration.seconds(300))
            .groupMetrics(List.of(GroupMetrics.all()))
            // Creation waits for `min` instances whose app is UP (signalled by the boot
            // script) ...
            .signals(Signals.waitForMinCapacity(SignalsOptions.builder().timeout(Duration.minutes(15)).build()))
            // ... and a new AMI or launch template rolls one instance at a time, never
            // below `min` in service.
            .updatePolicy(UpdatePolicy.rollingUpdate(RollingUpdateOptions.builder()
                .maxBatchSize(1)
                .minInstancesInService(capacity.min())
                .waitOnResourceSignals(true)
                .pauseTime(Duration.minutes(10))
                .suspendProcesses(List.of(ScalingProcess.HEALTH_CHECK, ScalingProcess.REPLACE_UNHEALTHY,
                        ScalingProcess.AZ_REBALANCE, ScalingProcess.ALARM_NOTIFICATION,
                        ScalingProcess.SCHEDULED_ACTIONS))
                .build()))
            .build();
        Annotations.of(this.group)
            .acknowledgeWarning("@aws-cdk/aws-autoscaling:desiredCapacitySet",
                    "Desired capacity is part of the design (2); target tracking moves it within min..max between"
                            + " deployments.");
        this.group.attachToApplicationTargetGroup(targetGroup);
        this.group.scaleOnCpuUtilization("CpuTarget",
                CpuUtilizationScalingProps.builder().targetUtilizationPercent(config.cpuTarget()).build());

        var cfnGroup = (CfnAutoScalingGroup) this.group.getNode().getDefaultChild();
        userData.addCommands(new BootScript(BuddyConfig.REGION, data.credentials().getSecretArn(),
                data.primary().getDbInstanceEndpointAddress(), data.replica().getDbInstanceEndpointAddress(),
                Database.DATABASE_NAME, Database.PORT, data.files().getFileSystemId(), groupName, stack.getStackName(),
                cfnGroup.getLogicalId())
            .render());

        Suppress.on(role,
                Suppress.rule("AwsSolutions-IAM4",
                        "AmazonSSMManagedInstanceCore is the AWS-maintained minimum for Session Manager, the only"
                                + " admin path (no SSH).",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore"),
                Suppress.rule("AwsSolutions-IAM5",
                        "cloudwatch:PutMetricData and ec2:Describe* support no resource-level permissions;"
                                + " PutMetricData is limited to the BuddyVerse and CWAgent namespaces by condition,"
                                + " the log group ARN with ':*' covers the app log group's own streams only.",
                        "Resource::*", "Resource::" + logGroupArn + ":*"),
                Suppress.rule("AwsSolutions-IAM5",
                        "The '/*' is the stack id's unique suffix: an instance may signal its own stack only.",
                        "Resource::" + stackArn));
        Suppress.on(this.group, Suppress.rule("AwsSolutions-AS3",
                "Launch and terminate failures are routed to the ops topic by an EventBridge rule in the"
                        + " monitoring stack; per-event ASG notifications would need that topic before the group"
                        + " exists and would mostly report routine scaling."));
    }

    public AutoScalingGroup group() {
        return this.group;
    }

}
