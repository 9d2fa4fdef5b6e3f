package com.buddyverse.infra.config;

/** How the web-private subnets reach the internet (AWS APIs only, port 443). */
public enum NatMode {

    /** One NAT gateway in the public subnet of AZ a: the original design. */
    GATEWAY("gateway"),

    /** One NAT gateway per AZ: no cross-AZ dependency, twice the hourly cost. */
    GATEWAY_PER_AZ("gateway-per-az"),

    /** One small NAT instance in AZ a: the cheapest option for a test environment. */
    INSTANCE("instance");

    private final String contextValue;

    NatMode(String contextValue) {
        this.contextValue = contextValue;
    }

    public String contextValue() {
        return this.contextValue;
    }

    static NatMode fromContext(String value) {
        for (NatMode mode : values()) {
            if (mode.contextValue.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(value);
    }

}
