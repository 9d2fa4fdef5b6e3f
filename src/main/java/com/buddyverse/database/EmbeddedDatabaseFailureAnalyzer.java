package com.buddyverse.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start without any database into Spring Boot's short "APPLICATION FAILED TO
 * START" report, with what to set, instead of a page of stack trace.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

	static final String DESCRIPTION = "The embedded database is for `./mvnw spring-boot:run` and the tests: "
			+ "the packaged jar leaves its MariaDB binaries out.";

	static final String ACTION = "To run the jar, set SPRING_PROFILES_ACTIVE=aws and the BUDDY_DB_* variables "
			+ "(docs/operations.md), or BUDDY_DATASOURCE_WRITER_URL, _USERNAME and _PASSWORD for a database of your own.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
		return new FailureAnalysis(DESCRIPTION, ACTION, cause);
	}

}
