package com.buddyverse.infra.network;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.config.Suppress;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.BastionHostLinux;
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
                .build();
            Suppress.on(bastion, Suppress.rule("AwsSolutions-EC28",
                    "Opt-in admin jump host without workload; detailed monitoring would add cost, not insight."),
                    Suppress.rule("AwsSolutions-EC29",
                            "Disposable jump host: it holds no state and is recreated by the stack, so termination"
                                    + " protection would only block that."),
                    Suppress.rule("AwsSolutions-IAM4",
                            "AmazonSSMManagedInstanceCore is the AWS-maintained minimum for Session Manager."));
        }
        if (network.natInstances() != null) {
            Suppress.on(network.vpc(),
                    Suppress.rule("AwsSolutions-EC28",
                            "The NAT instance is the cost option for test environments; its CPU and network show in"
                                    + " basic monitoring."),
                    Suppress.rule("AwsSolutions-EC29",
                            "The NAT instance is stateless and replaced by the stack; termination protection would"
                                    + " block that."));
        }
        this.outputs = new Outputs(network.vpc(), groups);
    }

    /** Fixed AZs: the design names them, and it keeps synth free of an AWS lookup. */
    @Override
    public java.util.List<String> getAvailabilityZones() {
        return BuddyConfig.AVAILABILITY_ZONES;
    }

    public Outputs outputs() {
        return this.outputs;
    }

}
