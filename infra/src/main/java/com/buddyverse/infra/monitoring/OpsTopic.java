package com.buddyverse.infra.monitoring;

import java.util.List;
import java.util.Optional;

import com.buddyverse.infra.config.Naming;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Where alarms and fleet events go: an SNS topic encrypted with its own key, which
 * CloudWatch and EventBridge may use (an AWS-managed SNS key would not let them publish).
 */
public class OpsTopic extends Construct {

    private final Topic topic;

    public OpsTopic(Construct scope, String id, Naming naming, Optional<String> email) {
        super(scope, id);
        var key = Key.Builder.create(this, "Key")
            .description("Encrypts the " + naming.name("ops") + " SNS topic")
            .enableKeyRotation(true)
            .pendingWindow(Duration.days(7))
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
        key.addToResourcePolicy(PolicyStatement.Builder.create()
            .sid("AllowAlarmAndEventPublishers")
            .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com"),
                    new ServicePrincipal("events.amazonaws.com")))
            .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
            .resources(List.of("*"))
            .build());
        this.topic = Topic.Builder.create(this, "Topic")
            .topicName(naming.name("ops"))
            .displayName("BuddyVerse " + naming.envName() + " operations")
            .masterKey(key)
            .enforceSsl(true)
            .build();
        email.ifPresent(address -> this.topic.addSubscription(new EmailSubscription(address)));
    }

    public Topic topic() {
        return this.topic;
    }

}
