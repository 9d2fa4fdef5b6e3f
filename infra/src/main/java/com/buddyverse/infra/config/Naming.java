package com.buddyverse.infra.config;

import software.amazon.awscdk.Tags;
import software.constructs.IConstruct;

/**
 * The one place that names resources {@code buddy-<env>-<name>} and applies the standard
 * tags. Physical names are only given where people or the boot script look resources up
 * by name (Auto Scaling group, database identifiers, secret, log groups, dashboard,
 * alarms); everything else carries the name as its {@code Name} tag, so CloudFormation
 * stays free to replace it.
 */
public record Naming(String envName) {

    public static final String PROJECT = "BuddyVerse";

    /**
     * {@code buddy-<env>-<name>}.
     * @param name the resource's short name, lower-case words joined by dashes
     * @return the full name
     */
    public String name(String name) {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("resource names are lower-case words joined by dashes: " + name);
        }
        return "buddy-" + this.envName + "-" + name;
    }

    /**
     * Tags one construct (and everything below it) with
     * {@code Name = buddy-<env>-<name>}.
     * @param construct the construct
     * @param name the short name
     * @return the full name
     */
    public String tagName(IConstruct construct, String name) {
        var fullName = name(name);
        Tags.of(construct).add("Name", fullName);
        return fullName;
    }

    /**
     * The standard tags, applied to a stack so that every taggable resource in it carries
     * them.
     * @param scope usually a stack
     * @param component network, data, web or monitoring
     */
    public void applyStandardTags(IConstruct scope, String component) {
        Tags.of(scope).add("Project", PROJECT);
        Tags.of(scope).add("Environment", this.envName);
        Tags.of(scope).add("Component", component);
        Tags.of(scope).add("ManagedBy", "aws-cdk");
        Tags.of(scope).add("Repository", "buddyverse/infra");
    }

}
