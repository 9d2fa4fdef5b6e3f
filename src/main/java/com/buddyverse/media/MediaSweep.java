package com.buddyverse.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes media files no row refers to: what a crashed instance left between moving a
 * file into place and committing (or rolling back) its row, and temporary files of
 * interrupted uploads. Only files older than {@code buddy.storage.orphan-age} are
 * touched, so an upload whose transaction is still open is never taken; only areas a
 * feature answers for are swept. One instance at a time: the job holds a ShedLock lock.
 */
@Component
public class MediaSweep {

	private static final Logger log = LoggerFactory.getLogger(MediaSweep.class);

	private static final int BATCH = 500;

	private final Path mediaRoot;

	private final Duration orphanAge;

	private final List<MediaReferences> features;

	private final Clock clock;

	MediaSweep(StorageProperties storage, List<MediaReferences> features, Clock clock) {
		this.mediaRoot = storage.mediaRoot();
		this.orphanAge = storage.orphanAge();
		this.features = List.copyOf(features);
		this.clock = clock;
	}

	@Scheduled(cron = "${buddy.storage.sweep-cron:0 23 * * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = "media-sweep", lockAtMostFor = "PT50M", lockAtLeastFor = "PT1M")
	public void sweepOnSchedule() {
		int removed = sweep();
		if (removed > 0) {
			log.info("Media sweep removed {} unreferenced files", removed);
		}
	}

	/** Sweeps every area once; returns how many files it removed. */
	public int sweep() {
		Instant cutoff = this.clock.instant().minus(this.orphanAge);
		int removed = 0;
		for (var feature : this.features) {
			removed += sweep(feature, cutoff);
		}
		return removed;
	}

	private int sweep(MediaReferences feature, Instant cutoff) {
		Path area = this.mediaRoot.resolve(feature.area()).normalize();
		if (!area.startsWith(this.mediaRoot) || !Files.isDirectory(area)) {
			return 0;
		}
		int removed = 0;
		var batch = new ArrayList<Path>(BATCH);
		try (Stream<Path> files = Files.walk(area)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (isOldRegularFile(file, cutoff)) {
					batch.add(file);
					if (batch.size() == BATCH) {
						removed += removeUnreferenced(feature, batch);
						batch.clear();
					}
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Media sweep of {} stopped early: {}", area, ex.getMessage());
		}
		return removed + removeUnreferenced(feature, batch);
	}

	private int removeUnreferenced(MediaReferences feature, List<Path> candidates) {
		if (candidates.isEmpty()) {
			return 0;
		}
		var paths = candidates.stream().map(this::relative).toList();
		var referenced = new HashSet<>(feature.referenced(paths));
		int removed = 0;
		for (int i = 0; i < candidates.size(); i++) {
			if (!referenced.contains(paths.get(i))) {
				try {
					if (Files.deleteIfExists(candidates.get(i))) {
						removed++;
					}
				}
				catch (IOException ex) {
					log.warn("Media sweep could not remove {}: {}", candidates.get(i), ex.getMessage());
				}
			}
		}
		return removed;
	}

	/** Symbolic links and folders are not uploads; they are left alone. */
	private static boolean isOldRegularFile(Path file, Instant cutoff) {
		try {
			var attributes = Files.readAttributes(file, BasicFileAttributes.class,
					java.nio.file.LinkOption.NOFOLLOW_LINKS);
			return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String relative(Path file) {
		return this.mediaRoot.relativize(file).toString().replace('\\', '/');
	}

}
