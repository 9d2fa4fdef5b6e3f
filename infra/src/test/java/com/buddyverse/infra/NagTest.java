package com.buddyverse.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * cdk-nag's AWS Solutions pack, as applied at synth: no unsuppressed error or warning in
 * any variant.
 */
class NagTest {

    static List<Map<String, Object>> variants() {
        return List.of(Map.of(), VariantsTest.OPTIONS_ON);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void noUnsuppressedFindings(Map<String, Object> overrides) {
        var stacks = TestStacks.with(overrides).stacks();
        var findings = new ArrayList<String>();
        for (Stack stack : List.of(stacks.network(), stacks.data(), stacks.web(), stacks.monitoring())) {
            var annotations = Annotations.fromStack(stack);
            annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
                .forEach(message -> findings.add("error " + message.getId() + ": " + message.getEntry().getData()));
            annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))
                .forEach(message -> findings.add("warning " + message.getId() + ": " + message.getEntry().getData()));
        }
        assertThat(findings).isEmpty();
    }

}
