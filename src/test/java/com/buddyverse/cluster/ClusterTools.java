package com.buddyverse.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The outside tools the cluster and browser tests need. Missing ones skip the tests with
 * the command that installs them, except in CI, where a skip would hide that nothing ran.
 */
final class ClusterTools {

	/**
	 * Command on the PATH (or in a sbin folder) and the Debian package that brings it.
	 */
	static final Map<String, String> CLUSTER = tools("mariadbd", "mariadb-server", "mariadb-install-db",
			"mariadb-server", "mariadb", "mariadb-client", "mariadb-admin", "mariadb-client", "haproxy", "haproxy",
			"openssl", "openssl", "curl", "curl", "ss", "iproute2", "setsid", "util-linux");

	static final Map<String, String> BROWSER = tools("chromium", "chromium", "chromedriver", "chromium-driver");

	private ClusterTools() {
	}

	/**
	 * Skips the calling test class (fails it under CI=true) unless all {@code tools}
	 * exist.
	 */
	static void require(Map<String, String> tools) {
		var missingPackages = new ArrayList<String>();
		tools.forEach((command, debianPackage) -> {
			if (find(command) == null && !missingPackages.contains(debianPackage)) {
				missingPackages.add(debianPackage);
			}
		});
		String problem = null;
		if (!missingPackages.isEmpty()) {
			problem = "missing tools; install them with: apt-get install -y " + String.join(" ", missingPackages);
		}
		else if (!Files.isRegularFile(jar())) {
			problem = "no packaged app at " + jar() + ": run ./mvnw -B verify (failsafe runs after package)";
		}
		if (problem != null) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and " + problem);
			}
			Assumptions.abort(problem);
		}
	}

	static Path jar() {
		return Path.of(System.getProperty("buddyverse.jar", "target/buddyverse.jar"));
	}

	static Path find(String command) {
		var folders = new ArrayList<String>(
				List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		folders.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin"));
		return folders.stream()
			.filter((folder) -> !folder.isBlank())
			.map((folder) -> Path.of(folder, command))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
	}

	private static Map<String, String> tools(String... commandsAndPackages) {
		var map = new LinkedHashMap<String, String>();
		Stream.iterate(0, (i) -> i < commandsAndPackages.length, (i) -> i + 2)
			.forEach((i) -> map.put(commandsAndPackages[i], commandsAndPackages[i + 1]));
		return map;
	}

}
