package com.buddyverse.infra.network;

import com.buddyverse.infra.TestStacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief's security groups, rule for rule, across all four stacks: nothing else is
 * open.
 */
class SecurityGroupsTest {

    private static TestStacks.Built built;

    @BeforeAll
    static void synth() {
        built = TestStacks.defaults();
    }

    @Test
    void exactlyTheDesignedIngressRules() {
        assertThat(SecurityRules.ingress(built.network(), built.data(), built.web(), built.monitoring()))
            .containsExactlyInAnyOrder("buddy-test-alb-sg <- 0.0.0.0/0 tcp:80",
                    "buddy-test-alb-sg <- 0.0.0.0/0 tcp:443", "buddy-test-web-sg <- buddy-test-alb-sg tcp:80",
                    "buddy-test-efs-sg <- buddy-test-web-sg tcp:2049",
                    "buddy-test-db-sg <- buddy-test-web-sg tcp:3306");
    }

    @Test
    void exactlyTheNeededEgressRules() {
        // 255.255.255.255/32 icmp:252-86 is CDK's "no egress at all" marker.
        assertThat(SecurityRules.egress(built.network(), built.data(), built.web(), built.monitoring()))
            .containsExactlyInAnyOrder("buddy-test-alb-sg -> buddy-test-web-sg tcp:80",
                    "buddy-test-web-sg -> 0.0.0.0/0 tcp:443", "buddy-test-web-sg -> buddy-test-efs-sg tcp:2049",
                    "buddy-test-web-sg -> buddy-test-db-sg tcp:3306",
                    "buddy-test-efs-sg -> 255.255.255.255/32 icmp:252-86",
                    "buddy-test-db-sg -> 255.255.255.255/32 icmp:252-86");
    }

    @Test
    void noSshAnywhere() {
        assertThat(SecurityRules.ingress(built.network(), built.data(), built.web(), built.monitoring()))
            .noneMatch(rule -> rule.endsWith(":22") || rule.contains(":-1") || rule.contains("0-65535"));
    }

    @Test
    void onlyTheLoadBalancerFacesTheInternet() {
        assertThat(SecurityRules.ingress(built.network(), built.data(), built.web(), built.monitoring()))
            .filteredOn(rule -> rule.contains("0.0.0.0/0") || rule.contains("::/0"))
            .allMatch(rule -> rule.startsWith("buddy-test-alb-sg <- "));
    }

}
