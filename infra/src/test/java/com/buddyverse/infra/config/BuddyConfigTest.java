package com.buddyverse.infra.config;

import java.util.HashMap;
import java.util.Map;

import com.buddyverse.infra.TestStacks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuddyConfigTest {

    private static BuddyConfig read(Map<String, Object> overrides) {
        var context = new HashMap<>(TestStacks.context(Map.of()));
        context.putAll(overrides);
        return BuddyConfig.fromContext(context::get, Map.of());
    }

    private static InvalidContextException failure(Map<String, Object> overrides) {
        try {
            read(overrides);
        }
        catch (InvalidContextException ex) {
            return ex;
        }
        throw new AssertionError("expected the context to be rejected: " + overrides);
    }

    @Test
    void defaultsMatchTheDesign() {
        var config = read(Map.of());
        assertThat(config.capacity()).isEqualTo(new BuddyConfig.Capacity(2, 2, 4));
        assertThat(config.instanceType()).isEqualTo("t3.micro");
        assertThat(config.cpuTarget()).isEqualTo(60);
        assertThat(config.natMode()).isEqualTo(NatMode.GATEWAY);
        assertThat(config.efsThroughput()).isEqualTo(EfsThroughput.ELASTIC);
        assertThat(config.deletionProtection()).isTrue();
        assertThat(config.snapshotOnDelete()).isTrue();
        assertThat(config.multiAz()).isFalse();
        assertThat(config.bastion()).isFalse();
        assertThat(config.domainName()).isEqualTo("buddyverse.link");
        assertThat(config.placeholders()).isEmpty();
    }

    @Test
    void acceptsStringsAsPassedWithDashC() {
        var config = read(Map.of("asgMin", "3", "asgDesired", "3", "asgMax", "6", "multiAz", "true", "natMode",
                "instance", "efsThroughput", "bursting", "cpuTarget", "50"));
        assertThat(config.capacity()).isEqualTo(new BuddyConfig.Capacity(3, 3, 6));
        assertThat(config.multiAz()).isTrue();
        assertThat(config.natMode()).isEqualTo(NatMode.INSTANCE);
        assertThat(config.efsThroughput()).isEqualTo(EfsThroughput.BURSTING);
        assertThat(config.cpuTarget()).isEqualTo(50);
    }

    @Test
    void cdkJsonPlaceholdersAreReported() {
        var config = read(Map.of("account", BuddyConfig.PLACEHOLDER_ACCOUNT, "amiId", BuddyConfig.PLACEHOLDER_AMI_ID,
                "hostedZoneId", BuddyConfig.PLACEHOLDER_HOSTED_ZONE_ID));
        assertThat(config.placeholders()).containsExactly("account", "hostedZoneId", "amiId");
    }

    @Test
    void amiIdIsRequiredAndPointsAtPackerManifest() {
        var context = new HashMap<>(TestStacks.context(Map.of()));
        context.remove("amiId");
        assertThatThrownBy(() -> BuddyConfig.fromContext(context::get, Map.of()))
            .isInstanceOf(InvalidContextException.class)
            .hasMessageContaining("'amiId' is required")
            .hasMessageContaining("packer/manifest.json");
    }

    @Test
    void malformedAmiIdIsRejected() {
        assertThat(failure(Map.of("amiId", "ap-northeast-2:ami-0123456789abcdef0")).problems())
            .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .startsWith("'amiId' must be");
    }

    @Test
    void capacitiesMustBeOrdered() {
        assertThat(failure(Map.of("asgMin", 3, "asgDesired", 2, "asgMax", 4)).getMessage())
            .contains("asgMin <= asgDesired <= asgMax must hold, got 3 / 2 / 4");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        var problems = failure(Map.of("env", "Prod!", "domainName", "not a domain", "hostedZoneId", "zone", "natMode",
                "cheap", "multiAz", "yes", "cpuTarget", 99, "efsThroughput", "fast", "instanceType", "big",
                "alarmEmail", "nobody"))
            .problems();
        assertThat(problems).hasSize(9)
            .anySatisfy(problem -> assertThat(problem).startsWith("'env' must be"))
            .anySatisfy(problem -> assertThat(problem).startsWith("'domainName' must be"))
            .anySatisfy(problem -> assertThat(problem).startsWith("'hostedZoneId' must be"))
            .anySatisfy(problem -> assertThat(problem).contains("gateway, gateway-per-az or instance"))
            .anySatisfy(problem -> assertThat(problem).isEqualTo("'multiAz' must be true or false, got 'yes'"))
            .anySatisfy(problem -> assertThat(problem).isEqualTo("'cpuTarget' must be between 10 and 90, got 99"))
            .anySatisfy(problem -> assertThat(problem).contains("elastic or bursting"))
            .anySatisfy(problem -> assertThat(problem).startsWith("'instanceType' must be"))
            .anySatisfy(problem -> assertThat(problem).startsWith("'alarmEmail' must be"));
    }

    @Test
    void accountFallsBackToTheCliDefault() {
        var context = new HashMap<>(TestStacks.context(Map.of()));
        context.remove("account");
        var config = BuddyConfig.fromContext(context::get, Map.of("CDK_DEFAULT_ACCOUNT", "444455556666"));
        assertThat(config.account()).isEqualTo("444455556666");
        assertThatThrownBy(() -> BuddyConfig.fromContext(context::get, Map.of()))
            .hasMessageContaining("'account' is required");
    }

}
