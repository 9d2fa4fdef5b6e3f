package com.buddyverse.infra.web;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.TestStacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

class LoadBalancerTest {

    private static Template template;

    @BeforeAll
    static void synth() {
        template = TestStacks.defaults().web();
    }

    @Test
    void internetFacingInThePublicSubnets() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer",
                Match.objectLike(Map.of("Name", "buddy-test-alb", "Scheme", "internet-facing", "Type", "application")));
        assertThat(template.findResources("AWS::ElasticLoadBalancingV2::LoadBalancer").toString())
            .contains("publicSubnet1", "publicSubnet2")
            .doesNotContain("webprivate");
    }

    @Test
    void dropsInvalidHeadersAndLogsAccess() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer",
                Match.objectLike(Map.of("LoadBalancerAttributes",
                        Match.arrayWith(List.of(Map.of("Key", "deletion_protection.enabled", "Value", "true"),
                                Map.of("Key", "routing.http.drop_invalid_header_fields.enabled", "Value", "true"),
                                Map.of("Key", "access_logs.s3.enabled", "Value", "true"))))));
        template.hasResourceProperties("AWS::S3::Bucket",
                Match.objectLike(Map.of("PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true,
                        "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true))));
    }

    @Test
    void httpRedirectsToHttpsPermanently() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener",
                Match.objectLike(Map.of("Port", 80, "Protocol", "HTTP", "DefaultActions",
                        List.of(Map.of("Type", "redirect", "RedirectConfig",
                                Map.of("Port", "443", "Protocol", "HTTPS", "StatusCode", "HTTP_301"))))));
    }

    @Test
    void httpsUsesTheCertificateAndAModernTlsPolicy() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener",
                Match.objectLike(Map.of("Port", 443, "Protocol", "HTTPS", "SslPolicy",
                        "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09", "Certificates",
                        List.of(Map.of("CertificateArn", Map.of("Ref", Match.stringLikeRegexp("DomainCertificate.*")))),
                        "DefaultActions", List.of(Match.objectLike(Map.of("Type", "forward"))))));
    }

    @Test
    void targetGroupChecksActuatorHealthOnPort80() {
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Match.objectLike(Map.ofEntries(
                Map.entry("Port", 80), Map.entry("Protocol", "HTTP"), Map.entry("TargetType", "instance"),
                Map.entry("HealthCheckPath", "/actuator/health"), Map.entry("HealthCheckProtocol", "HTTP"),
                Map.entry("Matcher", Map.of("HttpCode", "200")), Map.entry("HealthCheckIntervalSeconds", 15),
                Map.entry("HealthCheckTimeoutSeconds", 5), Map.entry("HealthyThresholdCount", 2),
                Map.entry("UnhealthyThresholdCount", 3), Map.entry("TargetGroupAttributes", Match
                    .arrayWith(List.of(Map.of("Key", "deregistration_delay.timeout_seconds", "Value", "30")))))));
    }

    @Test
    void certificateCoversApexAndWwwValidatedInTheZone() {
        template.hasResourceProperties("AWS::CertificateManager::Certificate", Match.objectLike(Map.of("DomainName",
                "buddyverse.link", "SubjectAlternativeNames", List.of("www.buddyverse.link"), "ValidationMethod", "DNS",
                "DomainValidationOptions", Match.arrayWith(
                        List.of(Map.of("DomainName", "buddyverse.link", "HostedZoneId", TestStacks.HOSTED_ZONE_ID))))));
    }

    @Test
    void apexAndWwwAreAliasesOfTheAlb() {
        for (var name : List.of("buddyverse.link.", "www.buddyverse.link.")) {
            template.hasResourceProperties("AWS::Route53::RecordSet",
                    Match.objectLike(Map.of("Name", name, "Type", "A", "HostedZoneId", TestStacks.HOSTED_ZONE_ID,
                            "AliasTarget",
                            Match.objectLike(Map.of("DNSName", Match.objectLike(Map.of("Fn::Join",
                                    Match.arrayWith(List.of(Match.arrayWith(List.of(Map.of("Fn::GetAtt",
                                            List.of(Match.stringLikeRegexp("LoadBalancerAlb.*"), "DNSName")))))))))))));
        }
    }

}
