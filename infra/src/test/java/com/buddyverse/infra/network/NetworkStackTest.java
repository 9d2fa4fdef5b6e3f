package com.buddyverse.infra.network;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.TestStacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkStackTest {

    private static Template template;

    @BeforeAll
    static void synth() {
        template = TestStacks.defaults().network();
    }

    @Test
    void vpcIsTheDesignedRange() {
        template.hasResourceProperties("AWS::EC2::VPC", Match
            .objectLike(Map.of("CidrBlock", "172.31.0.0/16", "EnableDnsHostnames", true, "EnableDnsSupport", true)));
    }

    @Test
    void sixSubnetsWithTheDesignedCidrsAndZones() {
        assertThat(template.findResources("AWS::EC2::Subnet")).hasSize(6);
        subnet("172.31.10.0/24", "ap-northeast-2a", "public-a", true);
        subnet("172.31.20.0/24", "ap-northeast-2c", "public-c", true);
        subnet("172.31.11.0/24", "ap-northeast-2a", "web-private-a", false);
        subnet("172.31.21.0/24", "ap-northeast-2c", "web-private-c", false);
        subnet("172.31.12.0/24", "ap-northeast-2a", "db-private-a", false);
        subnet("172.31.22.0/24", "ap-northeast-2c", "db-private-c", false);
    }

    private static void subnet(String cidr, String zone, String name, boolean publicIp) {
        template.hasResourceProperties("AWS::EC2::Subnet",
                Match.objectLike(Map.of("CidrBlock", cidr, "AvailabilityZone", zone, "MapPublicIpOnLaunch", publicIp,
                        "Tags", Match.arrayWith(List.of(Map.of("Key", "Name", "Value", "buddy-test-" + name))))));
    }

    @Test
    void internetGatewayServesThePublicSubnets() {
        template.resourceCountIs("AWS::EC2::InternetGateway", 1);
        template.hasResourceProperties("AWS::EC2::Route", Match.objectLike(Map.of("DestinationCidrBlock", "0.0.0.0/0",
                "GatewayId", Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("NetworkVpcIGW.*"))))));
    }

    @Test
    void oneNatGatewayInPublicSubnetAServesBothWebPrivateSubnets() {
        template.resourceCountIs("AWS::EC2::NatGateway", 1);
        template.hasResourceProperties("AWS::EC2::NatGateway", Match
            .objectLike(Map.of("SubnetId", Map.of("Ref", Match.stringLikeRegexp("NetworkVpcpublicSubnet1.*")))));
        var natRoutes = template.findResources("AWS::EC2::Route",
                Match.objectLike(Map.of("Properties", Match.objectLike(Map.of("NatGatewayId", Match.anyValue())))));
        assertThat(natRoutes.keySet()).hasSize(2).allMatch(id -> id.startsWith("NetworkVpcwebprivateSubnet"));
    }

    @Test
    void databaseSubnetsHaveNoRouteOut() {
        var dbRoutes = template.findResources("AWS::EC2::Route");
        assertThat(dbRoutes.keySet()).noneMatch(id -> id.startsWith("NetworkVpcdbprivate"));
    }

    @Test
    void flowLogsCaptureAllTraffic() {
        template.hasResourceProperties("AWS::EC2::FlowLog",
                Match.objectLike(Map.of("ResourceType", "VPC", "TrafficType", "ALL")));
        template.hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 30)));
    }

    @Test
    void defaultSecurityGroupIsStripped() {
        template.resourceCountIs("Custom::VpcRestrictDefaultSG", 1);
    }

    @Test
    void noBastionUnlessAskedFor() {
        template.resourceCountIs("AWS::EC2::Instance", 0);
    }

    @Test
    void standardTagsOnEverything() {
        template.hasResourceProperties("AWS::EC2::VPC",
                Match.objectLike(Map.of("Tags",
                        Match.arrayWith(List.of(Map.of("Key", "Environment", "Value", "test"),
                                Map.of("Key", "ManagedBy", "Value", "aws-cdk"),
                                Map.of("Key", "Name", "Value", "buddy-test-vpc"),
                                Map.of("Key", "Project", "Value", "BuddyVerse"))))));
    }

}
