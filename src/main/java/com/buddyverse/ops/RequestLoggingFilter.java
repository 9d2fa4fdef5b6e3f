package com.buddyverse.ops;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the ALB's trace id ({@code X-Amzn-Trace-Id}) and a request id of our own into the
 * MDC for every log line of a request, and writes one access-log line per request through
 * the same logging (so it is JSON in the {@code aws} profile like everything else). The
 * line holds no query string and no body: those may carry tokens or passwords.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingFilter extends OncePerRequestFilter {

	static final String TRACE_ID = "awsTraceId";

	static final String REQUEST_ID = "requestId";

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestLoggingFilter.class.getName() + ".ids";

	/**
	 * What an ALB trace id is made of; anything else is dropped rather than logged, so a
	 * client cannot forge log lines through the header.
	 */
	private static final Pattern TRACE_ID_FORMAT = Pattern.compile("[A-Za-z0-9=;:._-]{1,256}");

	private static final Logger access = LoggerFactory.getLogger("com.buddyverse.access");

	private record Ids(String requestId, String traceId) {
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error page renders after this filter has returned: give its lines the ids
		// too.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var ids = (request.getAttribute(ATTRIBUTE) instanceof Ids known) ? known : newIds(request);
		request.setAttribute(ATTRIBUTE, ids);
		MDC.put(REQUEST_ID, ids.requestId());
		if (ids.traceId() != null) {
			MDC.put(TRACE_ID, ids.traceId());
		}
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				clearMdc();
			}
			return;
		}
		response.setHeader(REQUEST_ID_HEADER, ids.requestId());
		long startedAt = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			logAccess(request, response, (System.nanoTime() - startedAt) / 1_000_000);
			clearMdc();
		}
	}

	private static Ids newIds(HttpServletRequest request) {
		String trace = request.getHeader("X-Amzn-Trace-Id");
		String traceId = (trace != null && TRACE_ID_FORMAT.matcher(trace).matches()) ? trace : null;
		return new Ids(UUID.randomUUID().toString().replace("-", "").substring(0, 16), traceId);
	}

	private static void logAccess(HttpServletRequest request, HttpServletResponse response, long millis) {
		int status = response.getStatus();
		boolean routineHealthCheck = status == 200 && request.getRequestURI().startsWith("/actuator/health");
		if (routineHealthCheck || !access.isInfoEnabled()) {
			return;
		}
		access.atInfo()
			.addKeyValue("http.request.method", request.getMethod())
			.addKeyValue("url.path", request.getRequestURI())
			.addKeyValue("http.response.status_code", status)
			.addKeyValue("event.duration_ms", millis)
			.addKeyValue("client.ip", request.getRemoteAddr())
			.log("{} {} {} {}ms {}", request.getMethod(), request.getRequestURI(), status, millis,
					request.getRemoteAddr());
	}

	private static void clearMdc() {
		MDC.remove(REQUEST_ID);
		MDC.remove(TRACE_ID);
	}

}
