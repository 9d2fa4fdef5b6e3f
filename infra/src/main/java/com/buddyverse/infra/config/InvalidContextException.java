package com.buddyverse.infra.config;

import java.util.List;

/**
 * Thrown at synth when context values are missing or malformed; lists every problem at
 * once.
 */
public class InvalidContextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidContextException(List<String> problems) {
        super("Invalid CDK context (fix cdk.json or pass -c key=value):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return this.problems;
    }

}
