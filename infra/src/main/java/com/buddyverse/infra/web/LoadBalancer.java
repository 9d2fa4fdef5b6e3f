package com.buddyverse.infra.web;

import java.util.List;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.config.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerRedirectConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.Protocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The internet-facing ALB: HTTP 80 answers 301 to HTTPS, HTTPS 443 terminates TLS and
 * forwards to the web instances on HTTP 80, which are checked at
 * {@code /actuator/health}.
 */
public class LoadBalancer extends Construct {

    public static final String HEALTH_CHECK_PATH = "/actuator/health";

    /**
     * TLS 1.3 and 1.2 with hybrid post-quantum key exchange (AWS's current
     * recommendation, and CDK's default under its post-quantum flag). The non-restricted
     * variant keeps older TLS 1.2 phones working.
     */
    public static final SslPolicy TLS_POLICY = SslPolicy.TLS13_12_PQ;

    /**
     * The app drains for up to 20 s after SIGTERM (server.shutdown=graceful); 30 s lets
     * in-flight requests finish on the instance before the ALB forgets it, and scale-in
     * waits for this before terminating.
     */
    public static final Duration DEREGISTRATION_DELAY = Duration.seconds(30);

    private final ApplicationLoadBalancer alb;

    private final ApplicationTargetGroup targetGroup;

    private final ApplicationListener httpsListener;

    public LoadBalancer(Construct scope, String id, BuddyConfig config, Naming naming, IVpc vpc,
            ISecurityGroup securityGroup, ICertificate certificate) {
        super(scope, id);
        var accessLogs = Bucket.Builder.create(this, "AccessLogs")
            .encryption(BucketEncryption.S3_MANAGED)
            .enforceSsl(true)
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
            .lifecycleRules(List.of(LifecycleRule.builder().id("expire").expiration(Duration.days(90)).build()))
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
        naming.tagName(accessLogs, "alb-logs");
        Suppress.on(accessLogs,
                Suppress.rule("AwsSolutions-S1",
                        "This bucket is the ALB access-log sink; logging access to it would need yet another log bucket"
                                + " and would record only the ELB service writing."));

        this.alb = ApplicationLoadBalancer.Builder.create(this, "Alb")
            .loadBalancerName(naming.name("alb"))
            .vpc(vpc)
            .internetFacing(true)
            .vpcSubnets(SubnetSelection.builder().subnetGroupName("public").build())
            .securityGroup(securityGroup)
            .dropInvalidHeaderFields(true)
            .deletionProtection(config.deletionProtection())
            .build();
        this.alb.logAccessLogs(accessLogs, "alb");
        Suppress.acknowledgeImportedSubnets(this.alb);

        this.targetGroup = ApplicationTargetGroup.Builder.create(this, "Targets")
            .vpc(vpc)
            .targetType(TargetType.INSTANCE)
            .protocol(ApplicationProtocol.HTTP)
            .port(80)
            // Unhealthy after 3 x 15 s = 45 s of failures; healthy again after 2 x 15 s.
            // The app's health
            // group ignores database blips, so a failing check means this instance cannot
            // serve.
            .healthCheck(HealthCheck.builder()
                .protocol(Protocol.HTTP)
                .path(HEALTH_CHECK_PATH)
                .healthyHttpCodes("200")
                .interval(Duration.seconds(15))
                .timeout(Duration.seconds(5))
                .healthyThresholdCount(2)
                .unhealthyThresholdCount(3)
                .build())
            .deregistrationDelay(DEREGISTRATION_DELAY)
            .build();
        naming.tagName(this.targetGroup, "web-tg");

        // open(false): the ALB's security group already allows 80 and 443, defined with
        // the others.
        this.httpsListener = this.alb.addListener("Https",
                BaseApplicationListenerProps.builder()
                    .protocol(ApplicationProtocol.HTTPS)
                    .port(443)
                    .certificates(List.of(ListenerCertificate.fromCertificateManager(certificate)))
                    .sslPolicy(TLS_POLICY)
                    .defaultTargetGroups(List.of(this.targetGroup))
                    .open(false)
                    .build());
        this.alb.addRedirect(ApplicationLoadBalancerRedirectConfig.builder()
            .sourceProtocol(ApplicationProtocol.HTTP)
            .sourcePort(80)
            .targetProtocol(ApplicationProtocol.HTTPS)
            .targetPort(443)
            .open(false)
            .build());
    }

    public ApplicationLoadBalancer alb() {
        return this.alb;
    }

    public ApplicationTargetGroup targetGroup() {
        return this.targetGroup;
    }

    public ApplicationListener httpsListener() {
        return this.httpsListener;
    }

}
