package com.buddyverse.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared file tree: on AWS the EFS mount ({@code /mnt/efs}), locally a folder.
 * {@code media/} holds uploads, {@code static/} overlays the assets shipped in the jar.
 */
@ConfigurationProperties("buddy.storage")
public record StorageProperties(Path root, @DefaultValue("5") int maxFilesPerUpload,
		@DefaultValue("8000") int maxImageSide, @DefaultValue("40000000") long maxImagePixels) {

	public Path mediaRoot() {
		return this.root.resolve("media").toAbsolutePath().normalize();
	}

	public Path staticRoot() {
		return this.root.resolve("static").toAbsolutePath().normalize();
	}

}
