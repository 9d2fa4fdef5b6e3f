package com.buddyverse.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar run as production runs it: {@code java @packer/files/jvm.options -jar
 * buddyverse.jar}, configured through environment variables, output to files.
 */
final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path stdout;

	private final Path stderr;

	private AppProcess(Process process, int port, Path stdout, Path stderr) {
		this.process = process;
		this.port = port;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	static AppProcess start(String name, Path workDir, Map<String, String> environment, String... arguments) {
		String jar = System.getProperty("buddyverse.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("Run through failsafe after package: buddyverse.jar=" + jar);
		}
		try {
			Path dir = Files.createDirectories(workDir.resolve(name));
			int port = freePort();
			var command = new ArrayList<>(List.of(javaBinary(),
					"@" + Path.of("packer/files/jvm.options").toAbsolutePath(), "-jar", jar, "--server.port=" + port));
			command.addAll(List.of(arguments));
			var builder = new ProcessBuilder(command).directory(dir.toFile())
				.redirectOutput(dir.resolve("stdout.log").toFile())
				.redirectError(dir.resolve("stderr.log").toFile());
			builder.environment().putAll(environment);
			builder.environment().put("BUDDY_STORAGE_ROOT", dir.resolve("storage").toString());
			return new AppProcess(builder.start(), port, dir.resolve("stdout.log"), dir.resolve("stderr.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.port;
	}

	Process process() {
		return this.process;
	}

	/** SIGTERM, as systemd sends on stop. */
	void terminate() {
		this.process.toHandle().destroy();
	}

	String stdout() {
		return read(this.stdout);
	}

	String stderr() {
		return read(this.stderr);
	}

	/** The last lines of both outputs, for a failure message. */
	String tail() {
		var out = stdout().lines().toList();
		var err = stderr().lines().toList();
		return String.join("\n", out.subList(Math.max(0, out.size() - 40), out.size())) + "\n--- stderr ---\n"
				+ String.join("\n", err.subList(Math.max(0, err.size() - 20), err.size()));
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.toHandle().destroy();
			if (!this.process.waitFor(Duration.ofSeconds(60))) {
				this.process.destroyForcibly();
			}
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
