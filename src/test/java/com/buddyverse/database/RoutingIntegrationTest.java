package com.buddyverse.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context the routing tests share: the whole app over HTTP on the shared
 * pair, with the writer pool's acquisitions counted per thread and a circuit that probes
 * sooner than in production, so a returning replica is noticed within a second. The lag
 * threshold leaves a slow, shared CI machine time to show a stale read before it routes
 * around it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "buddy.datasource.routing.circuit-open-time=500ms",
				"buddy.datasource.routing.probe-interval=250ms", "buddy.datasource.routing.lag-threshold=10s" })
@ActiveProfiles("test")
@Import(WriterAcquisitions.class)
@interface RoutingIntegrationTest {

}
