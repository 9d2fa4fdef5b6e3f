package com.buddyverse.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Finds files in folders on disk (and in the jar) like Spring's resolver, and also
 * refuses what its textual checks cannot see: a file whose real path, symbolic links
 * resolved, leaves the folder; hidden names (uploads still being written start with a
 * dot); anything that is not a regular file, so folders never list.
 */
class ContainedFileResolver extends PathResourceResolver {

	private final Map<Resource, Path> realRoots = new ConcurrentHashMap<>();

	@Override
	protected boolean checkResource(Resource resource, Resource location) throws IOException {
		if (!super.checkResource(resource, location)) {
			return false;
		}
		if (!resource.isFile() || !location.isFile()) {
			// Inside the jar: there is no link to follow and nothing outside to reach.
			return true;
		}
		Path root = realRoot(location);
		Path real;
		try {
			real = resource.getFile().toPath().toRealPath();
		}
		catch (IOException ex) {
			return false;
		}
		if (!real.startsWith(root) || !Files.isRegularFile(real)) {
			return false;
		}
		for (Path part : root.relativize(real)) {
			if (part.toString().startsWith(".")) {
				return false;
			}
		}
		return true;
	}

	private Path realRoot(Resource location) throws IOException {
		Path root = this.realRoots.get(location);
		if (root == null) {
			root = location.getFile().toPath().toRealPath();
			this.realRoots.put(location, root);
		}
		return root;
	}

}
