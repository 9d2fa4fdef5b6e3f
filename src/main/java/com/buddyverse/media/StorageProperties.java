package com.buddyverse.media;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The shared file tree: on AWS the EFS mount ({@code /mnt/efs}), locally a folder.
 * {@code media/} holds uploads, {@code static/} overlays the assets shipped in the jar.
 *
 * @param root the shared tree
 * @param maxFileSize the largest single uploaded file
 * @param maxFilesPerUpload how many files one form may carry (and one review may hold)
 * @param maxImageSide the longest side an image may have, checked before decoding
 * @param maxImagePixels the most pixels an image may have, checked before decoding
 * @param staticMaxAge how long browsers may keep {@code /static} files whose URL has no
 * content hash (the overlay ops may replace)
 * @param orphanAge how old an unreferenced media file must be before the sweep removes it
 */
@ConfigurationProperties("buddy.storage")
public record StorageProperties(Path root, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("5") int maxFilesPerUpload, @DefaultValue("8000") int maxImageSide,
		@DefaultValue("40000000") long maxImagePixels, @DefaultValue("10m") Duration staticMaxAge,
		@DefaultValue("1d") Duration orphanAge) {

	/**
	 * Room for the form's text fields and the multipart framing on top of the files.
	 */
	private static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

	public Path mediaRoot() {
		return this.root.resolve("media").toAbsolutePath().normalize();
	}

	public Path staticRoot() {
		return this.root.resolve("static").toAbsolutePath().normalize();
	}

	/** The largest request body a form with uploads may send. */
	public DataSize maxRequestSize() {
		return DataSize.ofBytes(this.maxFileSize.toBytes() * this.maxFilesPerUpload + FORM_OVERHEAD.toBytes());
	}

}
