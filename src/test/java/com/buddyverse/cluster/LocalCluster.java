package com.buddyverse.cluster;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.buddyverse.support.SiteClient;

/**
 * The local production topology (scripts/cluster) started once per test JVM and shared by
 * every scenario and browser test: starting two app instances takes minutes on a busy
 * machine. Torn down when the JVM exits.
 */
final class LocalCluster {

	static final List<String> APPS = List.of("app1", "app2");

	/** The health-check interval the tests run with; the thresholds stay the ALB's. */
	static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);

	/**
	 * Unhealthy after 3 failed checks of up to 5 s each, plus slack for a busy machine.
	 */
	static final Duration MARK_DOWN_WINDOW = CHECK_INTERVAL.plusSeconds(5).multipliedBy(3).plusSeconds(15);

	private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(8);

	private static LocalCluster started;

	private static RuntimeException startFailure;

	private final Path script;

	private final Map<String, String> environment;

	private final Map<String, String> values;

	private SSLContext sslContext;

	private HttpClient http;

	private LocalCluster(Path script, Map<String, String> environment) {
		this.script = script;
		this.environment = environment;
		this.values = parse(run("env"));
	}

	/** The one cluster of this JVM, started on first use. */
	static synchronized LocalCluster get() {
		if (startFailure != null) {
			throw new IllegalStateException("the local cluster failed to start earlier in this run", startFailure);
		}
		if (started == null) {
			try {
				started = start();
			}
			catch (RuntimeException ex) {
				startFailure = ex;
				throw ex;
			}
		}
		return started;
	}

	private static LocalCluster start() {
		var script = Path.of("scripts/cluster").toAbsolutePath();
		// Away from a developer's own cluster (18400) and their usual services.
		String basePort = System.getProperty("buddyverse.cluster.basePort", "18500");
		var environment = new HashMap<String, String>();
		environment.put("BUDDY_CLUSTER_BASE_PORT", basePort);
		environment.put("BUDDY_CLUSTER_DIR", "/tmp/buddyverse-cluster-test-" + basePort);
		environment.put("BUDDY_CLUSTER_JAR", ClusterTools.jar().toString());
		environment.put("BUDDY_CLUSTER_CHECK_INTERVAL", String.valueOf(CHECK_INTERVAL.toSeconds()));
		var cluster = new LocalCluster(script, environment);
		// Whatever a crashed earlier run left behind goes first.
		cluster.run("down");
		Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> cluster.run("down")));
		cluster.run("up");
		// The load balancer's certificate exists from now on.
		cluster.sslContext = trusting(Path.of(cluster.values.get("LB_CERT")));
		cluster.http = HttpClient.newBuilder()
			.sslContext(cluster.sslContext)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		return cluster;
	}

	String httpsUrl() {
		return "https://127.0.0.1:" + this.values.get("HTTPS_PORT");
	}

	String httpUrl() {
		return "http://127.0.0.1:" + this.values.get("HTTP_PORT");
	}

	String appUrl(String app) {
		return "http://127.0.0.1:" + this.values.get(app.toUpperCase() + "_PORT");
	}

	SSLContext sslContext() {
		return this.sslContext;
	}

	/** A new member's browser reduced to HTTP, talking to the load balancer. */
	SiteClient client() {
		return new SiteClient(httpsUrl(), this.sslContext);
	}

	HttpClient http() {
		return this.http;
	}

	/** Runs a scripts/cluster command; its output shows in the test log as it comes. */
	String run(String... arguments) {
		var command = new ArrayList<String>();
		command.add(this.script.toString());
		command.addAll(List.of(arguments));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(this.environment);
		try {
			var process = builder.start();
			var output = new StringBuilder();
			var reader = Thread.ofPlatform().start(() -> copy(process.getInputStream(), output));
			if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("scripts/cluster " + String.join(" ", arguments)
						+ " still running after " + SCRIPT_TIMEOUT + ":\n" + output);
			}
			reader.join();
			if (process.exitValue() != 0) {
				throw new IllegalStateException("scripts/cluster " + String.join(" ", arguments) + " failed (status "
						+ process.exitValue() + "):\n" + output);
			}
			return output.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Rows of a query on the primary or the replica, tab-separated columns. */
	List<String> sql(String database, String statement) {
		return run("sql", database, statement).lines().filter((line) -> !line.startsWith("cluster:")).toList();
	}

	/** Each instance's state as HAProxy's statistics show it: UP, DOWN, "UP 1/2"... */
	Map<String, String> serverStates() {
		var states = new LinkedHashMap<String, String>();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.values.get("STATS_PORT") + "/;csv"))
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			String csv = this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
			csv.lines()
				.map((line) -> line.split(",", -1))
				.filter((f) -> f.length > 17 && f[0].equals("web"))
				.forEach((f) -> {
					if (!f[1].equals("BACKEND")) {
						states.put(f[1], f[17]);
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return states;
	}

	/**
	 * Polls HAProxy until {@code app} is in {@code state}; returns how long that took.
	 */
	Duration awaitServerState(String app, String state, Duration timeout) {
		long start = System.nanoTime();
		awaitTrue(() -> state.equals(serverStates().get(app)), timeout,
				() -> app + " is not " + state + " in the load balancer within " + timeout + ": " + serverStates());
		return Duration.ofNanos(System.nanoTime() - start);
	}

	boolean isRunning(String part) {
		var pidFile = Path.of(this.values.get("CLUSTER_DIR"), "run", part + ".pid");
		try {
			return Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
				.map(ProcessHandle::isAlive)
				.orElse(false);
		}
		catch (IOException ex) {
			// The script removes the file while we read it: the part is stopping.
			return false;
		}
	}

	/**
	 * Makes sure both instances run and the load balancer sends them traffic, starting
	 * one a previous test stopped.
	 */
	void ensureBothInstancesServing() {
		for (String app : APPS) {
			if (!isRunning(app)) {
				run("start", app);
			}
		}
		for (String app : APPS) {
			awaitServerState(app, "UP", Duration.ofMinutes(2));
		}
	}

	/** Starts {@code app} again in the background; the next test that needs it waits. */
	void startInBackground(String app) {
		Thread.ofPlatform().name("restart-" + app).daemon().start(() -> {
			try {
				run("start", app);
			}
			catch (RuntimeException ex) {
				System.err.println("Restarting " + app + " failed: " + ex.getMessage());
			}
		});
	}

	/** Bounded polling: checks {@code condition} every 200 ms until {@code timeout}. */
	static void awaitTrue(BooleanSupplier condition, Duration timeout, Supplier<String> failure) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(failure.get());
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static Map<String, String> parse(String keyValues) {
		var map = new HashMap<String, String>();
		keyValues.lines().filter((line) -> line.contains("=")).forEach((line) -> {
			int equals = line.indexOf('=');
			map.put(line.substring(0, equals), line.substring(equals + 1));
		});
		return map;
	}

	private static SSLContext trusting(Path certificate) {
		try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(certificate))) {
			var keyStore = KeyStore.getInstance(KeyStore.getDefaultType());
			keyStore.load(null, null);
			keyStore.setCertificateEntry("lb", CertificateFactory.getInstance("X.509").generateCertificate(in));
			var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(keyStore);
			var context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot trust " + certificate, ex);
		}
	}

	private static void copy(InputStream in, StringBuilder output) {
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				System.out.println(line);
				synchronized (output) {
					output.append(line).append('\n');
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
