package com.buddyverse.infra.config;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * cdk-nag suppressions, always with a reason and, for IAM findings, scoped to the exact
 * finding.
 */
public final class Suppress {

    private Suppress() {
    }

    public static NagPackSuppression rule(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }

    public static NagPackSuppression rule(String id, String reason, String... appliesTo) {
        return NagPackSuppression.builder().id(id).reason(reason).appliesTo(List.of((Object[]) appliesTo)).build();
    }

    /** Suppresses on a construct and everything below it. */
    public static void on(IConstruct construct, NagPackSuppression... suppressions) {
        NagSuppressions.addResourceSuppressions(construct, List.of(suppressions), true);
    }

    /**
     * CloudFormation's template validation sees two imported subnet ids as the same
     * unknown value; they are the subnets of AZ a and AZ c.
     * @param construct a construct that lists subnets imported from the network stack
     */
    public static void acknowledgeImportedSubnets(IConstruct construct) {
        Validations.of(construct)
            .acknowledge(Acknowledgment.builder()
                .id("CloudFormation-Validate::W9007")
                .reason("False positive: the subnet ids are imports from the network stack (AZ a and AZ c), which"
                        + " the validator cannot tell apart before deployment.")
                .build());
    }

}
