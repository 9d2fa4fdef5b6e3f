package com.buddyverse.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expired-session cleanup runs on one instance at a time: another node holding the
 * ShedLock row stops it, and two runs racing clean once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCleanupIT {

	@Autowired
	SessionCleanup cleanup;

	@Autowired
	@Qualifier("writerDataSource")
	DataSource writer;

	private JdbcTemplate primary;

	@BeforeEach
	void releaseTheLock() {
		this.primary = new JdbcTemplate(this.writer);
		// Whatever an earlier run left: lockAtLeastFor would otherwise skip the next one.
		this.primary.update("UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP(3) WHERE name = ?",
				SessionCleanup.LOCK_NAME);
	}

	@Test
	void expiredSessionsAreLeftAloneWhileAnotherNodeHoldsTheLock() {
		String expired = insertExpiredSession();
		var otherNode = new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(this.primary).usingDbTime().build());
		var lock = otherNode
			.lock(new LockConfiguration(Instant.now(), SessionCleanup.LOCK_NAME, Duration.ofMinutes(1), Duration.ZERO))
			.orElseThrow();
		double runsBefore = this.cleanup.runs();
		try {
			this.cleanup.deleteExpiredSessions();
			assertThat(this.cleanup.runs()).isEqualTo(runsBefore);
			assertThat(sessionExists(expired)).isTrue();
		}
		finally {
			lock.unlock();
		}
		this.cleanup.deleteExpiredSessions();
		assertThat(this.cleanup.runs()).isEqualTo(runsBefore + 1);
		assertThat(sessionExists(expired)).isFalse();
	}

	@Test
	void twoCleanupRunsRacingCleanOnce() throws Exception {
		String expired = insertExpiredSession();
		double runsBefore = this.cleanup.runs();
		var start = new CyclicBarrier(2);
		try (var nodes = Executors.newFixedThreadPool(2)) {
			var runs = new ArrayList<Future<?>>();
			for (int node = 0; node < 2; node++) {
				runs.add(nodes.submit(() -> {
					start.await();
					this.cleanup.deleteExpiredSessions();
					return null;
				}));
			}
			for (var run : runs) {
				run.get();
			}
		}
		assertThat(this.cleanup.runs()).isEqualTo(runsBefore + 1);
		assertThat(sessionExists(expired)).isFalse();
	}

	private String insertExpiredSession() {
		String id = UUID.randomUUID().toString();
		long now = System.currentTimeMillis();
		this.primary.update(
				"INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, "
						+ "MAX_INACTIVE_INTERVAL, EXPIRY_TIME) VALUES (?, ?, ?, ?, ?, ?)",
				id, UUID.randomUUID().toString(), now - 7_200_000, now - 3_600_000, 60, now - 3_540_000);
		return id;
	}

	private boolean sessionExists(String primaryId) {
		return this.primary.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRIMARY_ID = ?", Integer.class,
				primaryId) > 0;
	}

}
