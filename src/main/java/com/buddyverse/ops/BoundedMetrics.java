package com.buddyverse.ops;

import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Keeps what is sent to CloudWatch small and fixed: an allow-list of meters, request
 * timings by route group (board, review, ...) and outcome instead of by URI and status,
 * and no histograms or percentiles. Every tag combination is a separately billed
 * CloudWatch metric, and a bot walking {@code /board/1..n} must not create n of them.
 */
final class BoundedMetrics {

	static final String HTTP_REQUESTS = "http.server.requests";

	/** Meters published besides the application's own {@code buddy.*} ones. */
	static final Set<String> ALLOWED = Set.of(HTTP_REQUESTS, "hikaricp.connections.active", "hikaricp.connections.idle",
			"hikaricp.connections.pending", "hikaricp.connections.max", "hikaricp.connections.timeout",
			"jvm.threads.live", "jvm.gc.pause", "process.cpu.usage");

	/** The first path segments that name a part of the site; anything else is "other". */
	static final Set<String> ROUTE_GROUPS = Set.of("board", "review", "club", "challenge", "socialing", "me", "signup",
			"login", "logout", "static", "media", "webjars", "actuator");

	/** At most this many route values, whatever arrives. */
	static final int MAX_ROUTES = ROUTE_GROUPS.size() + 2;

	private BoundedMetrics() {
	}

	static List<MeterFilter> filters() {
		return List.of(allowListed(), MeterFilter.replaceTagValues("uri", BoundedMetrics::routeGroup),
				MeterFilter.renameTag(HTTP_REQUESTS, "uri", "route"),
				MeterFilter.ignoreTags("exception", "error", "status", "method", "cause"),
				MeterFilter.maximumAllowableTags(HTTP_REQUESTS, "route", MAX_ROUTES, MeterFilter.deny()),
				noHistograms());
	}

	/** "/board/{id}/edit" → "board", "/" → "home"; unknown or unmatched → "other". */
	static String routeGroup(String uriTemplate) {
		if (uriTemplate == null || uriTemplate.isEmpty()) {
			return "other";
		}
		if ("/".equals(uriTemplate)) {
			return "home";
		}
		String path = uriTemplate.startsWith("/") ? uriTemplate.substring(1) : "";
		int slash = path.indexOf('/');
		String first = (slash < 0) ? path : path.substring(0, slash);
		return ROUTE_GROUPS.contains(first) ? first : "other";
	}

	private static MeterFilter allowListed() {
		return new MeterFilter() {
			@Override
			public MeterFilterReply accept(Meter.Id id) {
				return (id.getName().startsWith("buddy.") || ALLOWED.contains(id.getName())) ? MeterFilterReply.NEUTRAL
						: MeterFilterReply.DENY;
			}
		};
	}

	private static MeterFilter noHistograms() {
		return new MeterFilter() {
			@Override
			public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
				return DistributionStatisticConfig.builder()
					.percentilesHistogram(false)
					.percentiles()
					.serviceLevelObjectives()
					.build()
					.merge(config);
			}
		};
	}

}
