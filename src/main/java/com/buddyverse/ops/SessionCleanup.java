package com.buddyverse.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions, on one instance at a time. spring-session-jdbc's own cleanup
 * runs on every node at once and those concurrent deletes deadlock on MySQL
 * (spring-session #838, #1739), so it is switched off
 * ({@code spring.session.jdbc.cleanup-cron: "-"}) and this runs instead under a ShedLock
 * lock on the primary. lockAtLeastFor keeps a node whose clock runs a little behind from
 * running the same minute again.
 */
@Component
class SessionCleanup {

	static final String LOCK_NAME = "spring-session-cleanup";

	private final JdbcIndexedSessionRepository sessions;

	private final Counter runs;

	SessionCleanup(JdbcIndexedSessionRepository sessions, MeterRegistry meters) {
		this.sessions = sessions;
		this.runs = Counter.builder("buddy.sessions.cleanup.runs")
			.description("Expired-session cleanups this instance ran")
			.register(meters);
	}

	@Scheduled(cron = "${buddy.sessions.cleanup-cron:0 * * * * *}")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
	public void deleteExpiredSessions() {
		this.runs.increment();
		this.sessions.cleanUpExpiredSessions();
	}

	double runs() {
		return this.runs.count();
	}

}
