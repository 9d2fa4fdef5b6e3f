package com.buddyverse.infra.network;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.NatMode;
import com.buddyverse.infra.config.Naming;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.CfnSubnet;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.NatInstanceProps;
import software.amazon.awscdk.services.ec2.NatInstanceProviderV2;
import software.amazon.awscdk.services.ec2.NatProvider;
import software.amazon.awscdk.services.ec2.NatTrafficDirection;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The VPC of the brief: 172.31.0.0/16 over AZs a and c, three subnet tiers with the CIDRs
 * of the original design, an internet gateway, NAT for the web tier, flow logs.
 */
public class Network extends Construct {

    public static final String VPC_CIDR = "172.31.0.0/16";

    public static final String PUBLIC = "public";

    public static final String WEB_PRIVATE = "web-private";

    public static final String DB_PRIVATE = "db-private";

    /**
     * Subnet CIDRs per tier, in AZ order (a, c). CDK would allocate these sequentially;
     * the design did not.
     */
    public static final Map<String, List<String>> SUBNET_CIDRS = Map.of(PUBLIC,
            List.of("172.31.10.0/24", "172.31.20.0/24"), WEB_PRIVATE, List.of("172.31.11.0/24", "172.31.21.0/24"),
            DB_PRIVATE, List.of("172.31.12.0/24", "172.31.22.0/24"));

    private static final List<String> AZ_SUFFIXES = List.of("a", "c");

    private final Vpc vpc;

    private final NatInstanceProviderV2 natInstances;

    public Network(Construct scope, String id, BuddyConfig config, Naming naming) {
        super(scope, id);
        NatProvider natProvider;
        if (config.natMode() == NatMode.INSTANCE) {
            // NONE: the provider would otherwise open the instance to all inbound traffic
            // from anywhere.
            this.natInstances = NatProvider.instanceV2(NatInstanceProps.builder()
                .instanceType(new InstanceType("t3.nano"))
                .associatePublicIpAddress(true)
                .defaultAllowedTraffic(NatTrafficDirection.NONE)
                .build());
            natProvider = this.natInstances;
        }
        else {
            this.natInstances = null;
            natProvider = NatProvider.gateway();
        }
        this.vpc = Vpc.Builder.create(this, "Vpc")
            .ipAddresses(IpAddresses.cidr(VPC_CIDR))
            .availabilityZones(BuddyConfig.AVAILABILITY_ZONES)
            .enableDnsHostnames(true)
            .enableDnsSupport(true)
            .natGatewayProvider(natProvider)
            .natGateways(config.natMode() == NatMode.GATEWAY_PER_AZ ? 2 : 1)
            .natGatewaySubnets(SubnetSelection.builder().subnetGroupName(PUBLIC).build())
            .subnetConfiguration(List.of(
                    SubnetConfiguration.builder().name(PUBLIC).subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                    SubnetConfiguration.builder()
                        .name(WEB_PRIVATE)
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .cidrMask(24)
                        .build(),
                    // The database tier has no route out at all: RDS needs none.
                    SubnetConfiguration.builder()
                        .name(DB_PRIVATE)
                        .subnetType(SubnetType.PRIVATE_ISOLATED)
                        .cidrMask(24)
                        .build()))
            .restrictDefaultSecurityGroup(true)
            .build();
        naming.tagName(this.vpc, "vpc");
        pinSubnetCidrs(PUBLIC, this.vpc.getPublicSubnets(), naming);
        pinSubnetCidrs(WEB_PRIVATE, this.vpc.getPrivateSubnets(), naming);
        pinSubnetCidrs(DB_PRIVATE, this.vpc.getIsolatedSubnets(), naming);

        var flowLogs = LogGroup.Builder.create(this, "FlowLogs")
            .logGroupName("/buddyverse/" + config.envName() + "/vpc-flow-logs")
            .retention(RetentionDays.ONE_MONTH)
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
        this.vpc.addFlowLog("FlowLog",
                FlowLogOptions.builder()
                    .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                    .trafficType(FlowLogTrafficType.ALL)
                    .build());
    }

    private static void pinSubnetCidrs(String tier, List<ISubnet> subnets, Naming naming) {
        var cidrs = SUBNET_CIDRS.get(tier);
        if (subnets.size() != cidrs.size()) {
            throw new IllegalStateException(tier + ": expected " + cidrs.size() + " subnets, got " + subnets.size());
        }
        for (int i = 0; i < subnets.size(); i++) {
            var subnet = subnets.get(i);
            var cfnSubnet = (CfnSubnet) subnet.getNode().findChild("Subnet");
            cfnSubnet.setCidrBlock(cidrs.get(i));
            naming.tagName(subnet, tier + "-" + AZ_SUFFIXES.get(i));
        }
    }

    public Vpc vpc() {
        return this.vpc;
    }

    /** The NAT instance provider when {@code natMode=instance}, else {@code null}. */
    NatInstanceProviderV2 natInstances() {
        return this.natInstances;
    }

}
