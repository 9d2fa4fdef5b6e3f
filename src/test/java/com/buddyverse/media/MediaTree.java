package com.buddyverse.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every file (hidden ones too) under a folder, to show an operation left nothing behind.
 */
final class MediaTree {

	private MediaTree() {
	}

	static Set<Path> files(Path root) {
		if (!Files.isDirectory(root)) {
			return Set.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((path) -> !Files.isDirectory(path)).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
