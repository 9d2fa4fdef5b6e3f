package com.buddyverse.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the primary (writer) and the replica (reader) are. Without a writer URL the app
 * starts its own embedded pair, unless that is switched off (as in the {@code aws}
 * profile).
 */
@ConfigurationProperties("buddy.datasource")
public record DatabaseProperties(Endpoint writer, Endpoint reader, String username, String password,
		@DefaultValue Embedded embedded) {

	public record Endpoint(String url) {
	}

	public record Embedded(@DefaultValue("true") boolean enabled, @DefaultValue(".local-data/db") Path dataDir) {
	}

	boolean hasExternalDatabase() {
		return this.writer != null && this.writer.url() != null && !this.writer.url().isBlank();
	}

}
