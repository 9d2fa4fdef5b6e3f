package com.buddyverse.infra;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.data.DataStack;
import com.buddyverse.infra.monitoring.MonitoringStack;
import com.buddyverse.infra.network.NetworkStack;
import com.buddyverse.infra.web.WebStack;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The four stacks, one per lifecycle, wired through their typed outputs. Deploy order
 * follows the arrows: network → data → web → monitoring.
 *
 * @param network VPC, subnets, NAT, security groups
 * @param data RDS and EFS
 * @param web certificate, DNS, ALB, Auto Scaling group
 * @param monitoring dashboard, alarms, ops topic
 */
public record BuddyVerse(NetworkStack network, DataStack data, WebStack web, MonitoringStack monitoring) {

    /**
     * Builds the stacks into an app and applies cdk-nag's AWS Solutions checks to all of
     * them.
     * @param app the CDK app
     * @param config validated context
     * @return the stacks
     */
    public static BuddyVerse build(App app, BuddyConfig config) {
        var naming = new Naming(config.envName());
        var env = Environment.builder().account(config.account()).region(BuddyConfig.REGION).build();

        var network = new NetworkStack(app, naming.name("network"),
                props(env, config, "BuddyVerse network: VPC 172.31.0.0/16, subnets, NAT, security groups"), config,
                naming);
        var data = new DataStack(app, naming.name("data"),
                props(env, config, "BuddyVerse data: RDS MySQL primary + read replica, EFS"), config, naming,
                network.outputs());
        var web = new WebStack(app, naming.name("web"),
                props(env, config, "BuddyVerse web: certificate, DNS, ALB, launch template, Auto Scaling group"),
                config, naming, network.outputs(), data.outputs());
        var monitoring = new MonitoringStack(app, naming.name("monitoring"),
                props(env, config, "BuddyVerse monitoring: dashboard, alarms, ops topic"), config, naming,
                data.outputs(), web.outputs());

        for (var placeholder : config.placeholders()) {
            Annotations.of(network)
                .addWarningV2("buddyverse:placeholder:" + placeholder,
                        "context '" + placeholder
                                + "' is the placeholder from cdk.json: fine for synth and tests, never deployable."
                                + " Pass -c " + placeholder + "=... (see infra/README.md).");
        }
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return new BuddyVerse(network, data, web, monitoring);
    }

    private static StackProps props(Environment env, BuddyConfig config, String description) {
        return StackProps.builder()
            .env(env)
            .description(description)
            .terminationProtection(config.deletionProtection())
            .build();
    }

}
