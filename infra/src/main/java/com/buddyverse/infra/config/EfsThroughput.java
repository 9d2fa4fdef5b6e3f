package com.buddyverse.infra.config;

/** EFS throughput mode: elastic (pay per use, no credits to run out) or bursting. */
public enum EfsThroughput {

    ELASTIC("elastic"),

    BURSTING("bursting");

    private final String contextValue;

    EfsThroughput(String contextValue) {
        this.contextValue = contextValue;
    }

    public String contextValue() {
        return this.contextValue;
    }

    static EfsThroughput fromContext(String value) {
        for (EfsThroughput mode : values()) {
            if (mode.contextValue.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(value);
    }

}
