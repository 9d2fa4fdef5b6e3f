package com.buddyverse.media;

import java.io.IOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the media folder cannot be written, saying which folder and why.
 */
@Component
class StorageRootCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StorageRootCheck.class);

	private final StorageProperties storage;

	StorageRootCheck(StorageProperties storage) {
		this.storage = storage;
	}

	@Override
	public void afterPropertiesSet() {
		var media = this.storage.mediaRoot();
		try {
			Files.createDirectories(media);
			Files.createDirectories(this.storage.staticRoot());
			var probe = Files.createTempFile(media, ".write-check-", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new IllegalStateException("The media folder " + media + " is not writable (buddy.storage.root="
					+ this.storage.root() + "): " + ex.getMessage(), ex);
		}
		log.info("Storing media under {}", media);
	}

}
