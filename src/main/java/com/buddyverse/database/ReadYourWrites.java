package com.buddyverse.database;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A member sees their own write at once, even while the replica lags: after a read-write
 * transaction commits in a request, that request and the member's next ones read from the
 * primary for a window.
 * <p>
 * The deadline travels in the member's session, which lives in the database and is shared
 * by every instance, so it holds whichever instance the load balancer picks next (the
 * session is saved before the redirect after a write reaches the browser). It is looked
 * up only when a read-only transaction needs a connection, so static files and pages
 * without database reads never load a session for it.
 */
class ReadYourWrites implements TransactionExecutionListener {

	static final String PRIMARY_UNTIL = ReadYourWrites.class.getName() + ".primaryUntil";

	private final Clock clock;

	private final Duration window;

	ReadYourWrites(Clock clock, Duration window) {
		this.clock = clock;
		this.window = window;
	}

	/**
	 * Any committed read-write {@code @Transactional} method counts as a write: telling a
	 * write from a read that merely ran read-write would cost more than the few reads it
	 * moves. Unnamed transactions (transaction templates) do not count: spring-session
	 * saves and loads sessions in those on every request, and counting them would send
	 * every logged-in read to the primary (and loading the session to mark it would start
	 * another such transaction).
	 */
	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (commitFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly()
				&& StringUtils.hasText(transaction.getTransactionName())) {
			remember();
		}
	}

	void remember() {
		var request = currentRequest();
		if (request == null) {
			return;
		}
		Long until = this.clock.millis() + this.window.toMillis();
		request.setAttribute(PRIMARY_UNTIL, until);
		try {
			var session = request.getSession(false);
			if (session != null) {
				session.setAttribute(PRIMARY_UNTIL, until);
			}
		}
		catch (IllegalStateException invalidatedSession) {
			// Logged out in this request: nothing to carry over.
		}
	}

	/**
	 * Whether the current request must read from the primary to see its member's writes.
	 */
	boolean primaryRequired() {
		var request = currentRequest();
		if (request == null) {
			return false;
		}
		long until;
		if (request.getAttribute(PRIMARY_UNTIL) instanceof Long known) {
			until = known;
		}
		else {
			until = fromSession(request);
			request.setAttribute(PRIMARY_UNTIL, until);
		}
		return until > this.clock.millis();
	}

	private static long fromSession(HttpServletRequest request) {
		try {
			var session = request.getSession(false);
			return (session != null && session.getAttribute(PRIMARY_UNTIL) instanceof Long until) ? until : 0L;
		}
		catch (IllegalStateException invalidatedSession) {
			return 0L;
		}
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
