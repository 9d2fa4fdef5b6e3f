package com.buddyverse.ops;

import java.io.IOException;
import java.nio.file.Files;

import com.buddyverse.media.StorageProperties;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether uploads can be written to the shared file tree (on AWS the EFS mount): a file
 * is created and removed again, as an upload would.
 */
class StorageRootHealthIndicator implements HealthIndicator {

	private final StorageProperties storage;

	StorageRootHealthIndicator(StorageProperties storage) {
		this.storage = storage;
	}

	@Override
	public Health health() {
		var media = this.storage.mediaRoot();
		try {
			var probe = Files.createTempFile(media, ".health-", ".tmp");
			Files.delete(probe);
			return Health.up().withDetail("path", media.toString()).build();
		}
		catch (IOException | SecurityException ex) {
			return Health.down()
				.withDetail("path", media.toString())
				.withDetail("error", ex.getClass().getSimpleName())
				.build();
		}
	}

}
