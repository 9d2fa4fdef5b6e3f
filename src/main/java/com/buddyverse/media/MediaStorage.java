package com.buddyverse.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one way uploaded files reach the shared media tree. Files get server-chosen random
 * names, are written to a temporary file beside their final place and moved there
 * atomically, so no instance ever serves half a file; inside a transaction that rolls
 * back they are removed again.
 */
@Component
public class MediaStorage {

	private static final Logger log = LoggerFactory.getLogger(MediaStorage.class);

	private static final DateTimeFormatter DAY_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd")
		.withZone(java.time.ZoneId.of("Asia/Seoul"));

	private static final int MAX_ORIGINAL_NAME = 200;

	private final Path mediaRoot;

	private final ImageInspector inspector;

	private final Clock clock;

	MediaStorage(StorageProperties properties, Clock clock) {
		this.mediaRoot = properties.mediaRoot();
		this.inspector = new ImageInspector(properties.maxImageSide(), properties.maxImagePixels());
		this.clock = clock;
	}

	/**
	 * Stores an uploaded image under {@code <area>/<yyyy>/<MM>/
	 *
	<dd>/} with its thumbnail.
	 */
	public StoredImage storeImage(String area, MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			throw new RejectedUploadException("media.upload.empty", "empty upload");
		}
		Path folder = this.mediaRoot.resolve(area).resolve(DAY_FOLDER.format(this.clock.instant()));
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, ".upload-", ".tmp");
			try (InputStream in = upload.getInputStream()) {
				writeDurably(in, temporary);
			}
			ImageType type = ImageType.sniff(head(temporary))
				.orElseThrow(() -> new RejectedUploadException("media.upload.type", "not an allowed image"));
			var inspection = this.inspector.inspect(temporary, type);
			String name = UUID.randomUUID().toString().replace("-", "");
			Path original = folder.resolve(name + "." + type.extension());
			Path thumbnail = folder.resolve(name + "_thumb.jpg");
			Path thumbnailTemporary = Files.createTempFile(folder, ".thumb-", ".tmp");
			try (var out = Files.newOutputStream(thumbnailTemporary)) {
				ImageInspector.writeJpeg(inspection.thumbnail(), out);
			}
			moveIntoPlace(thumbnailTemporary, thumbnail);
			moveIntoPlace(temporary, original);
			var stored = new StoredImage(relative(original), relative(thumbnail),
					sanitize(upload.getOriginalFilename(), type), type, Files.size(original), inspection.width(),
					inspection.height());
			removeIfRolledBack(List.of(stored.path(), stored.thumbnailPath()));
			return stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store upload in " + folder, ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	/**
	 * Removes files once the surrounding transaction has committed (at once without one).
	 */
	public void deleteAfterCommit(Collection<String> relativePaths) {
		var paths = List.copyOf(relativePaths);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delete(paths);
				}
			});
		}
		else {
			delete(paths);
		}
	}

	/**
	 * The file behind a relative media path, if it is one and lies inside the media root.
	 */
	public Optional<Path> locate(String relativePath) {
		Path candidate = this.mediaRoot.resolve(relativePath).normalize();
		if (!candidate.startsWith(this.mediaRoot) || !Files.isRegularFile(candidate)) {
			return Optional.empty();
		}
		return Optional.of(candidate);
	}

	public Path mediaRoot() {
		return this.mediaRoot;
	}

	private void removeIfRolledBack(List<String> paths) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(paths);
					}
				}
			});
		}
	}

	private void delete(Collection<String> relativePaths) {
		for (String path : relativePaths) {
			locate(path).ifPresent(MediaStorage::deleteQuietly);
		}
	}

	private String relative(Path file) {
		return this.mediaRoot.relativize(file).toString().replace('\\', '/');
	}

	private static void writeDurably(InputStream in, Path target) throws IOException {
		try (var channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
				var out = java.nio.channels.Channels.newOutputStream(channel)) {
			in.transferTo(out);
			channel.force(true);
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private static byte[] head(Path file) throws IOException {
		try (var in = Files.newInputStream(file)) {
			return in.readNBytes(16);
		}
	}

	static String sanitize(String originalName, ImageType type) {
		String name = (originalName != null) ? originalName : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var cleaned = new StringBuilder();
		name.codePoints()
			.filter((cp) -> !Character.isISOControl(cp) && cp != '"' && Character.getType(cp) != Character.FORMAT)
			.limit(MAX_ORIGINAL_NAME)
			.forEach(cleaned::appendCodePoint);
		String result = cleaned.toString().strip();
		return (result.isEmpty() || result.startsWith(".")) ? "photo." + type.extension() : result;
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", file, ex.getMessage());
		}
	}

}
