package com.buddyverse.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import org.springframework.stereotype.Component;

/**
 * Tomcat's HTTP parser logs the raw bytes it received at DEBUG: form bodies with
 * passwords, session cookies. Whatever level someone sets while chasing a bug, those
 * lines are never written.
 */
@Component
class WireLogGuard {

	static final String[] WIRE_LOGGERS = { "org.apache.coyote.http11", "org.apache.tomcat.util.net",
			"org.apache.coyote.http2" };

	WireLogGuard() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.addTurboFilter(new BelowInfoOnTheWire());
		}
	}

	private static final class BelowInfoOnTheWire extends TurboFilter {

		@Override
		public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
				Throwable t) {
			if (level != null && !level.isGreaterOrEqual(Level.INFO)) {
				for (String wire : WIRE_LOGGERS) {
					if (logger.getName().startsWith(wire)) {
						return FilterReply.DENY;
					}
				}
			}
			return FilterReply.NEUTRAL;
		}

	}

}
