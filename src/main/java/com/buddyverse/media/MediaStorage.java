package com.buddyverse.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
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

	private final DataSize maxFileSize;

	private final int maxFilesPerUpload;

	private final Clock clock;

	MediaStorage(StorageProperties properties, Clock clock) {
		this.mediaRoot = properties.mediaRoot();
		this.inspector = new ImageInspector(properties.maxImageSide(), properties.maxImagePixels());
		this.maxFileSize = properties.maxFileSize();
		this.maxFilesPerUpload = properties.maxFilesPerUpload();
		this.clock = clock;
	}

	/**
	 * Stores an uploaded image in the area's folder for the day ({@code area/yyyy/MM/dd})
	 * with its thumbnail. Whatever goes wrong, nothing of this upload is left in the
	 * tree; inside a transaction, a rollback removes the stored files again.
	 */
	public StoredImage storeImage(String area, MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			throw new RejectedUploadException("media.upload.empty", "empty upload");
		}
		if (upload.getSize() > this.maxFileSize.toBytes()) {
			throw uploadTooLarge();
		}
		Path folder = this.mediaRoot.resolve(area).resolve(DAY_FOLDER.format(this.clock.instant()));
		var temporaries = new ArrayList<Path>();
		var placed = new ArrayList<Path>();
		try {
			Files.createDirectories(folder);
			Path temporary = temporaryIn(folder, temporaries);
			try (InputStream in = upload.getInputStream()) {
				writeDurably(in, temporary);
			}
			ImageType type = ImageType.sniff(head(temporary))
				.orElseThrow(() -> new RejectedUploadException("media.upload.type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
						"not an allowed image"));
			var inspection = this.inspector.inspect(temporary, type);
			if (type == ImageType.JPEG) {
				temporary = JpegMetadata.stripped(temporary, inspection.orientation(),
						temporaryIn(folder, temporaries));
			}
			String name = UUID.randomUUID().toString().replace("-", "");
			Path original = folder.resolve(name + "." + type.extension());
			Path thumbnail = folder.resolve(name + "_thumb.jpg");
			Path thumbnailTemporary = temporaryIn(folder, temporaries);
			var thumbnailBytes = new ByteArrayOutputStream();
			ImageInspector.writeJpeg(inspection.thumbnail(), thumbnailBytes);
			writeDurably(new ByteArrayInputStream(thumbnailBytes.toByteArray()), thumbnailTemporary);
			moveIntoPlace(thumbnailTemporary, thumbnail, placed);
			moveIntoPlace(temporary, original, placed);
			var stored = new StoredImage(relative(original), relative(thumbnail),
					sanitize(upload.getOriginalFilename(), type), type, Files.size(original), inspection.width(),
					inspection.height());
			removeIfRolledBack(List.of(stored.path(), stored.thumbnailPath()));
			placed.clear();
			return stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store upload in " + folder, ex);
		}
		finally {
			placed.forEach(MediaStorage::deleteQuietly);
			temporaries.forEach(MediaStorage::deleteQuietly);
		}
	}

	/** The refusal for a file or request over the configured limits. */
	public RejectedUploadException uploadTooLarge() {
		return new RejectedUploadException("media.upload.tooLarge", HttpStatus.PAYLOAD_TOO_LARGE, "upload too large",
				this.maxFileSize.toMegabytes(), this.maxFilesPerUpload);
	}

	/** Refuses more than the configured number of files for one owner. */
	public void checkFileCount(int count) {
		if (count > this.maxFilesPerUpload) {
			throw new RejectedUploadException("media.upload.tooMany", HttpStatus.BAD_REQUEST, count + " files",
					this.maxFilesPerUpload);
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
	 * The file behind a relative media path, if it is one and really lies inside the
	 * media root (symbolic links resolved).
	 */
	public Optional<Path> locate(String relativePath) {
		Path candidate = this.mediaRoot.resolve(relativePath).normalize();
		if (!candidate.startsWith(this.mediaRoot) || !Files.isRegularFile(candidate)) {
			return Optional.empty();
		}
		try {
			Path real = candidate.toRealPath();
			return real.startsWith(this.mediaRoot.toRealPath()) ? Optional.of(real) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	public DataSize maxFileSize() {
		return this.maxFileSize;
	}

	public int maxFilesPerUpload() {
		return this.maxFilesPerUpload;
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

	/**
	 * Temporary files start with a dot: they are never served, and the sweep removes any
	 * a crash left behind.
	 */
	private static Path temporaryIn(Path folder, List<Path> temporaries) throws IOException {
		Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
		temporaries.add(temporary);
		return temporary;
	}

	private static void moveIntoPlace(Path temporary, Path target, List<Path> placed) throws IOException {
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		placed.add(target);
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
