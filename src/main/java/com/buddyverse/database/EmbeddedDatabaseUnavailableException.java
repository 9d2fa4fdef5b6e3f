package com.buddyverse.database;

/**
 * The embedded database was asked for where its binaries are not on the classpath: the
 * packaged jar run without a database configured.
 */
class EmbeddedDatabaseUnavailableException extends IllegalStateException {

	EmbeddedDatabaseUnavailableException(String missingResource) {
		super("The embedded MariaDB binaries are not on the classpath (no " + missingResource + ")");
	}

}
