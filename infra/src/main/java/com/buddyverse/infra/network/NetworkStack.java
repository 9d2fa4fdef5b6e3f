package com.buddyverse.infra.network;

import java.util.List;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.config.Suppress;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.BastionHostLinux;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.CfnInstance;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.constructs.Construct;

/**
 * Longest-lived layer: VPC, subnets, NAT, every security group, and the opt-in bastion.
 */
public class NetworkStack extends Stack {

    /** What the other stacks get from this one. */
    public record Outputs(IVpc vpc, SecurityGroups securityGroups) {
    }

    private final Outputs outputs;

    public NetworkStack(Construct scope, String id, StackProps props, BuddyConfig config, Naming naming) {
        super(scope, id, props);
        naming.applyStandardTags(this, "network");
        var network = new Network(this, "Network", config, naming);
        var groups = new SecurityGroups(this, "SecurityGroups", network.vpc(), config.bastion(), network.natInstances(),
                naming);
        if (config.bastion()) {
            var bastion = BastionHostLinux.Builder.create(this, "Bastion")
                .vpc(network.vpc())
                .subnetSelection(SubnetSelection.builder().subnetGroupName(Network.PUBLIC).build())
                .securityGroup(groups.admin().orElseThrow())
                .instanceType(new InstanceType("t3.nano"))
                .instanceName(naming.name("bastion"))
                .requireImdsv2(true)
                .blockDevices(List.of(encryptedRoot()))
                .build();
            Suppress.on(bastion, Suppress.rule("AwsSolutions-EC28",
                    "Opt-in admin jump host without workload; detailed monitoring would add cost, not insight."),
                    Suppress.rule("AwsSolutions-EC29",
                            "Disposable jump host: it holds no state and is recreated by the stack, so termination"
                                    + " protection would only block that."),
                    Suppress.rule("AwsSolutions-IAM5",
                            "The Session Manager agent's documented minimum (ssmmessages:*, ec2messages:*,"
                                    + " ssm:UpdateInstanceInformation); these APIs have no resource-level permissions.",
                            "Action::ssmmessages:*", "Action::ec2messages:*", "Resource::*"));
        }
        if (network.natInstances() != null) {
            for (var instance : network.natInstances().getGatewayInstances()) {
                ((CfnInstance) instance.getNode().getDefaultChild())
                    .setBlockDeviceMappings(List.of(CfnInstance.BlockDeviceMappingProperty.builder()
                        .deviceName("/dev/xvda")
                        .ebs(CfnInstance.EbsProperty.builder()
                            .encrypted(true)
                            .volumeType("gp3")
                            .volumeSize(8)
                            .deleteOnTermination(true)
                            .build())
                        .build()));
            }
            Suppress.on(network.vpc(),
                    Suppress.rule("AwsSolutions-EC28",
                            "The NAT instance is the cost option for test environments; its CPU and network show in"
                                    + " basic monitoring."),
                    Suppress.rule("CdkNagValidationFailure",
                            "EC26 stops at the launch template CDK gives the NAT instance (it reads it by name, CDK"
                                    + " references it by id); the root volume is encrypted by the block device"
                                    + " mapping set above, which VariantsTest asserts."),
                    Suppress.rule("AwsSolutions-EC29",
                            "The NAT instance is stateless and replaced by the stack; termination protection would"
                                    + " block that."));
        }
        this.outputs = new Outputs(network.vpc(), groups);
    }

    private static BlockDevice encryptedRoot() {
        return BlockDevice.builder()
            .deviceName("/dev/xvda")
            .volume(BlockDeviceVolume.ebs(8,
                    EbsDeviceOptions.builder()
                        .volumeType(EbsDeviceVolumeType.GP3)
                        .encrypted(true)
                        .deleteOnTermination(true)
                        .build()))
            .build();
    }

    /** Fixed AZs: the design names them, and it keeps synth free of an AWS lookup. */
    @Override
    public List<String> getAvailabilityZones() {
        return BuddyConfig.AVAILABILITY_ZONES;
    }

    public Outputs outputs() {
        return this.outputs;
    }

}
