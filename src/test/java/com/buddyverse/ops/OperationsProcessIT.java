package com.buddyverse.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.buddyverse.database.EmbeddedMariaDbPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as real processes on one database, started like the AMI's unit: two
 * instances starting at once on an empty schema, 503 until ready, and SIGTERM under load
 * with every accepted request answered. First, the jar with no database at all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsProcessIT {

	/**
	 * A start takes seconds alone; minutes on a 2-core machine shared with other builds.
	 */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

	static Path workDir;

	static EmbeddedMariaDbPair database;

	static Map<String, String> environment;

	@BeforeAll
	static void startDatabase() throws Exception {
		// Not a @TempDir: the database outlives the tests until the JVM exits.
		workDir = Files.createTempDirectory("buddyverse-process-it");
		database = EmbeddedMariaDbPair.startShared(workDir.resolve("db"));
		environment = Map.of("BUDDY_DATASOURCE_WRITER_URL", database.writerUrl(), "BUDDY_DATASOURCE_READER_URL",
				database.readerUrl(), "BUDDY_DATASOURCE_USERNAME", database.username(), "BUDDY_DATASOURCE_PASSWORD",
				database.password(), "BUDDY_DATASOURCE_EMBEDDED_ENABLED", "false");
	}

	@Test
	@Order(0)
	void withoutADatabaseConfiguredTheJarStopsWithWhatToSetInsteadOfAStackTrace() throws Exception {
		// The default profile, as a first try of `java -jar` runs it: the embedded
		// database, whose binaries the jar leaves out.
		try (var app = AppProcess.start("no-database", workDir, Map.of())) {
			assertThat(app.process().waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as(app::tail).isTrue();
			assertThat(app.process().exitValue()).as(app::tail).isEqualTo(1);
			String output = app.stdout() + app.stderr();
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("The embedded database is for `./mvnw spring-boot:run` and the tests")
				.contains("SPRING_PROFILES_ACTIVE=aws")
				.doesNotContain("\tat ");
			assertThat(workDir.resolve("no-database/.local-data/db/base")).as("nothing unpacked").doesNotExist();
		}
	}

	@Test
	@Order(1)
	void twoInstancesStartingAtOnceOnAnEmptyDatabaseBothComeUp() throws Exception {
		try (var first = AppProcess.start("first", workDir, environment, "--buddy.demo-data.enabled=false");
				var second = AppProcess.start("second", workDir, environment, "--buddy.demo-data.enabled=false")) {
			awaitReady(first);
			awaitReady(second);
			try (var connection = DriverManager.getConnection(database.writerUrl(), database.username(),
					database.password());
					var rs = connection.createStatement()
						.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version), SUM(success = 0) "
								+ "FROM flyway_schema_history WHERE version IS NOT NULL")) {
				rs.next();
				assertThat(rs.getInt(1)).as("each migration applied once").isEqualTo(rs.getInt(2)).isPositive();
				assertThat(rs.getInt(3)).as("failed migrations").isZero();
			}
		}
	}

	@Test
	@Order(2)
	void answers503UntilReadyThenServesEveryAcceptedRequestAcrossSigterm() throws Exception {
		// Demo content loads after the web server is up but before readiness: the window
		// the
		// ALB must see as 503. Structured JSON logs as in the aws profile.
		try (var app = AppProcess.start("lifecycle", workDir, environment, "--buddy.demo-data.enabled=true",
				"--buddy.shutdown.drain-delay=2s", "--logging.structured.format.console=ecs",
				"--spring.main.banner-mode=off")) {
			var seenWhileStarting = new LinkedHashSet<Integer>();
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (true) {
				assertThat(app.process().isAlive()).as(app::tail).isTrue();
				assertThat(System.nanoTime()).as("ready within %s\n%s", START_TIMEOUT, app.tail()).isLessThan(deadline);
				var health = RawHttp.get(app.port(), "/actuator/health", "");
				if (health.completed()) {
					seenWhileStarting.add(health.status());
					if (health.status() == 200) {
						break;
					}
				}
				Thread.sleep(5);
			}
			assertThat(seenWhileStarting).as("health answers while starting").containsExactly(503, 200);

			String traceId = "Root=1-6789abcd-0123456789abcdef01234567";
			var outcomes = new ConcurrentLinkedQueue<RawHttp.Outcome>();
			var healthAfterSignal = new ConcurrentLinkedQueue<Integer>();
			var signalledAt = new AtomicLong(Long.MAX_VALUE);
			try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
				var workers = new ArrayList<Future<?>>();
				for (int i = 0; i < 6; i++) {
					String path = (i % 2 == 0) ? "/board" : "/static/css/buddyverse.css";
					workers.add(load.submit(() -> {
						while (app.process().isAlive()) {
							outcomes.add(RawHttp.get(app.port(), path, "X-Amzn-Trace-Id: " + traceId + "\r\n"));
						}
					}));
				}
				var slow = load.submit(() -> RawHttp.slowPost(app.port(), "/login",
						"username=nobody&password=not-a-real-one-123", Duration.ofSeconds(5)));
				workers.add(load.submit(() -> {
					while (app.process().isAlive()) {
						if (System.nanoTime() > signalledAt.get()) {
							var health = RawHttp.get(app.port(), "/actuator/health", "");
							if (health.completed()) {
								healthAfterSignal.add(health.status());
							}
						}
						Thread.sleep(20);
					}
					return null;
				}));
				Thread.sleep(1_500);
				signalledAt.set(System.nanoTime());
				app.terminate();
				assertThat(app.process().waitFor(40, TimeUnit.SECONDS)).as("exits within the shutdown timeout")
					.isTrue();
				for (var worker : workers) {
					worker.get(30, TimeUnit.SECONDS);
				}
				var inFlight = slow.get(30, TimeUnit.SECONDS);
				assertThat(inFlight.connectedAtNanos()).isLessThan(signalledAt.get());
				assertThat(inFlight.completed()).as("request in flight across SIGTERM: %s", inFlight.failure())
					.isTrue();
				assertThat(inFlight.status()).isLessThan(500);
			}
			assertThat(app.process().exitValue()).as("SIGTERM exit status systemd accepts").isEqualTo(143);

			List<RawHttp.Outcome> accepted = outcomes.stream()
				.filter((outcome) -> outcome.connected() && outcome.connectedAtNanos() < signalledAt.get())
				.toList();
			assertThat(accepted).as("requests before the signal").hasSizeGreaterThan(10);
			assertThat(accepted).as("failed requests that were accepted before the signal")
				.allSatisfy(
						(outcome) -> assertThat(outcome.status()).as(String.valueOf(outcome.failure())).isEqualTo(200));
			// The signal takes a moment to reach the JVM; from the first 503 on, never UP
			// again.
			var afterSignal = List.copyOf(healthAfterSignal);
			assertThat(afterSignal).as("health once shutdown began").contains(503);
			assertThat(afterSignal.subList(afterSignal.indexOf(503), afterSignal.size())).containsOnly(503);

			String stdout = app.stdout();
			assertThat(stdout.lines().filter((line) -> !line.isBlank())).as("every log line is one JSON object")
				.allSatisfy((line) -> assertThat(line).startsWith("{").endsWith("}"));
			var traced = stdout.lines().filter((line) -> line.contains(traceId)).toList();
			assertThat(traced).as("lines of requests carry the ALB trace id and a request id")
				.allSatisfy((line) -> assertThat(line).contains("\"requestId\":\""))
				.anySatisfy((line) -> assertThat(line).contains("GET /board 200"));
			assertThat(stdout + app.stderr()).as("the database password").doesNotContain(database.password());
			assertThat(Files.exists(workDir.resolve("lifecycle/storage/media"))).isTrue();
		}
	}

	private static void awaitReady(AppProcess app) throws InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (true) {
			assertThat(app.process().isAlive()).as(app::tail).isTrue();
			assertThat(System.nanoTime()).as("ready within %s\n%s", START_TIMEOUT, app.tail()).isLessThan(deadline);
			if (RawHttp.get(app.port(), "/actuator/health", "").status() == 200) {
				return;
			}
			Thread.sleep(200);
		}
	}

}
