package com.buddyverse.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a read-only transaction may use the replica.
 *
 * @param lagThreshold replica lag above which reads go to the primary
 * @param readYourWritesWindow how long a member's reads stay on the primary after their
 * write
 * @param heartbeatInterval how often the primary is stamped and the replica's lag read
 * @param circuitOpenTime how long reads avoid a replica that failed before it is tried
 * again
 * @param probeInterval how often an avoided replica is probed once that time is over
 * @param busyReaderWait how long a read waits for a reader connection while every one is
 * in use (the replica is fine, the pool is busy) before it spills over to the primary
 */
@ConfigurationProperties("buddy.datasource.routing")
record RoutingProperties(@DefaultValue("2s") Duration lagThreshold, @DefaultValue("5s") Duration readYourWritesWindow,
		@DefaultValue("250ms") Duration heartbeatInterval, @DefaultValue("5s") Duration circuitOpenTime,
		@DefaultValue("1s") Duration probeInterval, @DefaultValue("1s") Duration busyReaderWait) {

}
