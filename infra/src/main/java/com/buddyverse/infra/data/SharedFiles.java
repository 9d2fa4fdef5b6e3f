package com.buddyverse.infra.data;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.EfsThroughput;
import com.buddyverse.infra.config.Naming;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.efs.FileSystem;
import software.amazon.awscdk.services.efs.LifecyclePolicy;
import software.amazon.awscdk.services.efs.OutOfInfrequentAccessPolicy;
import software.amazon.awscdk.services.efs.PerformanceMode;
import software.amazon.awscdk.services.efs.ThroughputMode;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * EFS for {@code /mnt/efs} ({@code static/} and {@code media/}), shared by every
 * instance: encrypted at rest and, by its policy, in transit; mount targets in both
 * web-private subnets; backed up; cold files to IA.
 */
public class SharedFiles extends Construct {

    private final FileSystem fileSystem;

    public SharedFiles(Construct scope, String id, BuddyConfig config, Naming naming, IVpc vpc,
            ISecurityGroup securityGroup) {
        super(scope, id);
        this.fileSystem = FileSystem.Builder.create(this, "FileSystem")
            .fileSystemName(naming.name("files"))
            .vpc(vpc)
            .vpcSubnets(SubnetSelection.builder().subnetGroupName("web-private").build())
            .securityGroup(securityGroup)
            .encrypted(true)
            .enableAutomaticBackups(true)
            .lifecyclePolicy(LifecyclePolicy.AFTER_30_DAYS)
            .outOfInfrequentAccessPolicy(OutOfInfrequentAccessPolicy.AFTER_1_ACCESS)
            .performanceMode(PerformanceMode.GENERAL_PURPOSE)
            .throughputMode(
                    config.efsThroughput() == EfsThroughput.ELASTIC ? ThroughputMode.ELASTIC : ThroughputMode.BURSTING)
            .removalPolicy(config.deletionProtection() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            // The instances mount with `_netdev,tls` and no IAM option: access is
            // governed by the security
            // group (NFS only from the web tier) and this policy, which refuses any mount
            // without TLS.
            .allowAnonymousAccess(true)
            .fileSystemPolicy(PolicyDocument.Builder.create()
                .statements(List.of(
                        PolicyStatement.Builder.create()
                            .sid("MountThroughMountTargets")
                            .effect(Effect.ALLOW)
                            .principals(List.of(new AnyPrincipal()))
                            .actions(List.of("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite",
                                    "elasticfilesystem:ClientRootAccess"))
                            .conditions(Map.of("Bool", Map.of("elasticfilesystem:AccessedViaMountTarget", "true")))
                            .build(),
                        PolicyStatement.Builder.create()
                            .sid("DenyWithoutTls")
                            .effect(Effect.DENY)
                            .principals(List.of(new AnyPrincipal()))
                            .actions(List.of("*"))
                            .conditions(Map.of("Bool", Map.of("aws:SecureTransport", "false")))
                            .build()))
                .build())
            .build();
    }

    public FileSystem fileSystem() {
        return this.fileSystem;
    }

}
