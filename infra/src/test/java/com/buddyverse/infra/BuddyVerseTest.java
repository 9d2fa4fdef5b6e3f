package com.buddyverse.infra;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four stacks: names, environment, protection and the deploy order their references
 * imply.
 */
class BuddyVerseTest {

    private static BuddyVerse stacks;

    @BeforeAll
    static void synth() {
        stacks = TestStacks.defaults().stacks();
    }

    private static List<Stack> all() {
        return List.of(stacks.network(), stacks.data(), stacks.web(), stacks.monitoring());
    }

    @Test
    void oneStackPerLifecycleNamedByEnvironment() {
        assertThat(all()).extracting(Stack::getStackName)
            .containsExactly("buddy-test-network", "buddy-test-data", "buddy-test-web", "buddy-test-monitoring");
    }

    @Test
    void everyStackTargetsSeoulInTheGivenAccount() {
        assertThat(all()).allSatisfy(stack -> {
            assertThat(stack.getRegion()).isEqualTo("ap-northeast-2");
            assertThat(stack.getAccount()).isEqualTo(TestStacks.ACCOUNT);
        });
    }

    @Test
    void stacksAreProtectedFromDeletion() {
        assertThat(all()).allSatisfy(stack -> assertThat(stack.getTerminationProtection()).isTrue());
    }

    @Test
    void deployOrderIsNetworkDataWebMonitoring() {
        assertThat(stacks.data().getDependencies()).containsExactly(stacks.network());
        assertThat(stacks.web().getDependencies()).containsExactlyInAnyOrder(stacks.network(), stacks.data());
        assertThat(stacks.monitoring().getDependencies()).containsExactlyInAnyOrder(stacks.data(), stacks.web());
    }

}
