package com.buddyverse.infra.web;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.data.DataStack;
import com.buddyverse.infra.network.NetworkStack;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.autoscaling.IAutoScalingGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationTargetGroup;
import software.constructs.Construct;

/**
 * The stateless, most often changed layer: certificate and DNS names, ALB, launch
 * template and Auto Scaling group. A new AMI only ever touches this stack.
 */
public class WebStack extends Stack {

    /** What the monitoring stack gets from this one. */
    public record Outputs(IApplicationLoadBalancer alb, IApplicationTargetGroup targetGroup, IAutoScalingGroup group) {
    }

    private final Outputs outputs;

    public WebStack(Construct scope, String id, StackProps props, BuddyConfig config, Naming naming,
            NetworkStack.Outputs network, DataStack.Outputs data) {
        super(scope, id, props);
        naming.applyStandardTags(this, "web");
        var groups = network.securityGroups();
        var domain = new Domain(this, "Domain", config, naming);
        var loadBalancer = new LoadBalancer(this, "LoadBalancer", config, naming, network.vpc(), groups.alb(),
                domain.certificate());
        var fleet = new WebFleet(this, "Fleet", config, naming, network.vpc(), groups.web(), data,
                loadBalancer.targetGroup());
        domain.aliasTo(loadBalancer.alb());

        CfnOutput.Builder.create(this, "Url")
            .description("Where members reach BuddyVerse")
            .value("https://" + config.domainName())
            .build();
        CfnOutput.Builder.create(this, "AlbDnsName")
            .description("The ALB's own DNS name, for checks before DNS propagates")
            .value(loadBalancer.alb().getLoadBalancerDnsName())
            .build();
        this.outputs = new Outputs(loadBalancer.alb(), loadBalancer.targetGroup(), fleet.group());
    }

    public Outputs outputs() {
        return this.outputs;
    }

}
