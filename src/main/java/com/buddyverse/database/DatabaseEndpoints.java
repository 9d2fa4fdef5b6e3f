package com.buddyverse.database;

/**
 * The resolved JDBC locations of the primary and the replica and the app's credentials.
 */
record DatabaseEndpoints(String writerUrl, String readerUrl, String username, String password) {

	static DatabaseEndpoints resolve(DatabaseProperties properties) {
		if (properties.hasExternalDatabase()) {
			String readerUrl = (properties.reader() != null && properties.reader().url() != null
					&& !properties.reader().url().isBlank()) ? properties.reader().url() : properties.writer().url();
			return new DatabaseEndpoints(properties.writer().url(), readerUrl, properties.username(),
					properties.password());
		}
		if (!properties.embedded().enabled()) {
			throw new IllegalStateException("No database configured: set buddy.datasource.writer.url "
					+ "(BUDDY_DB_WRITER_HOST in the aws profile) or enable the embedded database.");
		}
		var pair = EmbeddedMariaDbPair.startShared(properties.embedded().dataDir());
		return new DatabaseEndpoints(pair.writerUrl(), pair.readerUrl(), pair.username(), pair.password());
	}

	@Override
	public String toString() {
		return "DatabaseEndpoints[writer=" + this.writerUrl + ", reader=" + this.readerUrl + "]";
	}

}
