package com.buddyverse.infra.network;

import java.util.List;

import software.amazon.awscdk.assertions.Template;

/** Lets tests outside this package read rules the same way. */
public final class SecurityRulesAccess {

    private SecurityRulesAccess() {
    }

    public static List<String> ingress(Template... templates) {
        return SecurityRules.ingress(templates);
    }

}
