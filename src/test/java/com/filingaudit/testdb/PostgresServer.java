package com.filingaudit.testdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests: the one {@code AUDIT_TEST_POSTGRES_URL} names (a JDBC URL of a database
 * whose user may create databases, with {@code AUDIT_TEST_POSTGRES_USER} and {@code AUDIT_TEST_POSTGRES_PASSWORD}),
 * or else one this JVM starts from Debian's {@code postgresql} package in a folder of its own (as the {@code postgres}
 * user when the tests run as root, which PostgreSQL refuses), stopped when the JVM ends. Without either, the tests
 * that need it are skipped, except on CI ({@code CI=true}), where they fail: {@code .ci/run} installs the package.
 */
final class PostgresServer {

	private static PostgresServer instance;

	private final String host;

	private final String user;

	private final String password;

	private final AtomicInteger databases = new AtomicInteger();

	private PostgresServer(String host, String user, String password) {
		this.host = host;
		this.user = user;
		this.password = password;
	}

	static synchronized PostgresServer get() {
		if (instance == null) {
			instance = Optional.ofNullable(System.getenv("AUDIT_TEST_POSTGRES_URL"))
				.map(url -> new PostgresServer(url.substring(0, url.lastIndexOf('/')),
						System.getenv().getOrDefault("AUDIT_TEST_POSTGRES_USER", "postgres"),
						System.getenv().getOrDefault("AUDIT_TEST_POSTGRES_PASSWORD", "")))
				.orElseGet(PostgresServer::start);
		}
		return instance;
	}

	String url(String database) {
		return host + "/" + database;
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	/** A new, empty database. */
	String createDatabase() {
		String name = "audit_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
		try (Connection admin = DriverManager.getConnection(url("postgres"), user, password);
				Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create a database on " + host, ex);
		}
		return name;
	}

	private static PostgresServer start() {
		Optional<Path> bin = binaries();
		if (bin.isEmpty()) {
			String why = "PostgreSQL is not installed (apt-get install postgresql), and AUDIT_TEST_POSTGRES_URL is not set";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(why);
			}
			Assumptions.abort(why);
		}
		try {
			Path folder = Files.createTempDirectory("filing-audit-postgres");
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root) {
				run(List.of("chown", "postgres", folder.toString()));
			}
			Path data = folder.resolve("data");
			run(asPostgres(root, bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "audit",
					"--auth=trust", "-E", "UTF8", "--no-locale"));
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			// a server for tests: nothing it holds must survive a crash, so it need not wait for the disk
			Process server = new ProcessBuilder(asPostgres(root, bin.get().resolve("postgres").toString(), "-D",
					data.toString(), "-p", String.valueOf(port), "-k", folder.toString(), "-c",
					"listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
					"full_page_writes=off", "-c", "max_connections=200"))
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("server.log").toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, folder)));
			PostgresServer started = new PostgresServer("jdbc:postgresql://127.0.0.1:" + port, "audit", "");
			started.awaitReady(server, folder, Duration.ofSeconds(60));
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the server takes connections, at most {@code timeout}; fails at once if it has exited. */
	private void awaitReady(Process server, Path folder, Duration timeout) throws IOException {
		try {
			Awaitility.await()
				.atMost(timeout)
				.pollInterval(Duration.ofMillis(100))
				.failFast("the server exited", () -> !server.isAlive())
				.until(this::takesConnections);
		}
		catch (ConditionTimeoutException | TerminalFailureException ex) {
			throw new IllegalStateException("PostgreSQL did not start: " + Files.readString(folder.resolve("server.log")),
					ex);
		}
	}

	private boolean takesConnections() {
		try (Connection ready = DriverManager.getConnection(url("postgres"), user, password)) {
			return true;
		}
		catch (SQLException notYet) {
			return false;
		}
	}

	/** The newest PostgreSQL's programs that Debian's packages installed. */
	private static Optional<Path> binaries() {
		Path versions = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(versions)) {
			return Optional.empty();
		}
		try (Stream<Path> each = Files.list(versions)) {
			return each.map(v -> v.resolve("bin"))
				.filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("postgres")))
				.max(Comparator.comparing(b -> versionOf(b.getParent())));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static int versionOf(Path folder) {
		try {
			return Integer.parseInt(folder.getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static List<String> asPostgres(boolean root, String... command) {
		List<String> line = new ArrayList<>();
		if (root) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		return line;
	}

	private static void run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void stop(Process server, Path folder) {
		server.destroy();
		try {
			server.waitFor(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		server.destroyForcibly();
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind
		}
	}

}
