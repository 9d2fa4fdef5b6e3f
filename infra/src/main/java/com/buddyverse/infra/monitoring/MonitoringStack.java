package com.buddyverse.infra.monitoring;

import java.util.List;
import java.util.Map;

import com.buddyverse.infra.config.BuddyConfig;
import com.buddyverse.infra.config.Naming;
import com.buddyverse.infra.data.DataStack;
import com.buddyverse.infra.web.WebStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SnsTopic;
import software.constructs.Construct;

/**
 * Dashboard, alarms and the ops topic; deployed last, since it only watches the other
 * stacks.
 */
public class MonitoringStack extends Stack {

    public MonitoringStack(Construct scope, String id, StackProps props, BuddyConfig config, Naming naming,
            DataStack.Outputs data, WebStack.Outputs web) {
        super(scope, id, props);
        naming.applyStandardTags(this, "monitoring");
        var ops = new OpsTopic(this, "Ops", naming, config.alarmEmail());
        var metrics = new FleetMetrics(naming, config, data, web);
        new Alarms(this, "Alarms", naming, config, metrics, ops.topic());
        new FleetDashboard(this, "Dashboard", naming, config, metrics);

        Rule.Builder.create(this, "FleetFailures")
            .ruleName(naming.name("fleet-failures"))
            .description("Instances of " + naming.name("web") + " that failed to launch or terminate")
            .eventPattern(EventPattern.builder()
                .source(List.of("aws.autoscaling"))
                .detailType(List.of("EC2 Instance Launch Unsuccessful", "EC2 Instance Terminate Unsuccessful"))
                .detail(Map.of("AutoScalingGroupName", List.of(naming.name("web"))))
                .build())
            .targets(List.of(new SnsTopic(ops.topic())))
            .build();
    }

}
