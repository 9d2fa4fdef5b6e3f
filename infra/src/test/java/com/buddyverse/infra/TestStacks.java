package com.buddyverse.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.buddyverse.infra.config.BuddyConfig;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * Builds the app the way {@code cdk synth} does (cdk.json's context, feature flags and
 * cdk-nag) with deployable looking values, once per JVM and per set of overrides;
 * synthesizing is the slow part of every test.
 */
public final class TestStacks {

    public static final String AMI_ID = "ami-0123456789abcdef0";

    public static final String HOSTED_ZONE_ID = "Z0123456789ABCDEFGHIJ";

    public static final String ACCOUNT = "111122223333";

    public static final String ENV = "test";

    private static final Map<Map<String, Object>, Built> CACHE = new ConcurrentHashMap<>();

    private TestStacks() {
    }

    /** The stacks and their templates. */
    public record Built(BuddyVerse stacks, Template network, Template data, Template web, Template monitoring) {
    }

    /** The default configuration: cdk.json with real-looking ids. */
    public static Built defaults() {
        return with(Map.of());
    }

    /**
     * @param overrides context values on top of cdk.json and the test ids
     * @return the synthesized stacks, shared with every other test asking for the same
     * overrides
     */
    public static synchronized Built with(Map<String, Object> overrides) {
        return CACHE.computeIfAbsent(Map.copyOf(overrides), TestStacks::build);
    }

    /**
     * The context {@code cdk synth} would see, plus the test ids and the overrides.
     * @param overrides extra context values
     * @return the context map
     */
    public static Map<String, Object> context(Map<String, Object> overrides) {
        var context = new HashMap<String, Object>(cdkJsonContext());
        context.put("env", ENV);
        context.put("account", ACCOUNT);
        context.put("amiId", AMI_ID);
        context.put("hostedZoneId", HOSTED_ZONE_ID);
        context.putAll(overrides);
        return context;
    }

    private static Built build(Map<String, Object> overrides) {
        var context = context(overrides);
        var app = new App(AppProps.builder().context(context).build());
        var config = BuddyConfig.fromContext(context::get, Map.of());
        var stacks = BuddyVerse.build(app, config);
        return new Built(stacks, template(stacks.network()), template(stacks.data()), template(stacks.web()),
                template(stacks.monitoring()));
    }

    private static Template template(Stack stack) {
        return Template.fromStack(stack);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cdkJsonContext() {
        try {
            Map<String, Object> cdkJson = new ObjectMapper().readValue(new File("cdk.json"), new TypeReference<>() {
            });
            return (Map<String, Object>) cdkJson.get("context");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("tests run from infra/, next to cdk.json", ex);
        }
    }

}
