package com.filingaudit.testdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database a test's runs use. By default HSQLDB files in the run's data folder, as the product keeps them; with
 * {@code -Daudit.test.database=postgresql} (the build's second pass over the full-job tests) a database of its own on
 * a PostgreSQL server, one per data folder, so that the same tests prove the same behaviour on both.
 */
public final class TestDatabase {

	private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

	private TestDatabase() {
	}

	/** Whether the tests run on PostgreSQL. */
	public static boolean postgres() {
		return "postgresql".equals(System.getProperty("audit.test.database"));
	}

	/** The arguments that point the product at the database of a data folder (none for HSQLDB: the folder says it). */
	public static List<String> arguments(Path data) {
		if (!postgres()) {
			return List.of();
		}
		return postgresArguments(database(data));
	}

	/**
	 * The arguments that point the product at a new, empty database on the tests' PostgreSQL server, whatever the
	 * tests run on: for the benchmark's runs on PostgreSQL.
	 */
	public static List<String> newPostgresDatabase() {
		return postgresArguments(PostgresServer.get().createDatabase());
	}

	/** A new, empty database on the tests' PostgreSQL server, for tests that reach it without the product. */
	public static DataSource newPostgresDataSource() {
		PostgresServer server = PostgresServer.get();
		return new DriverManagerDataSource(server.url(server.createDatabase()), server.user(), server.password());
	}

	private static List<String> postgresArguments(String database) {
		PostgresServer server = PostgresServer.get();
		return List.of("--spring.datasource.url=" + server.url(database), "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + server.password());
	}

	/** Opens the database of a data folder, after or between the product's runs. */
	public static Connection connect(Path data) throws SQLException {
		if (!postgres()) {
			return DriverManager.getConnection("jdbc:hsqldb:file:" + data.resolve("audit") + ";shutdown=true", "SA",
					"");
		}
		PostgresServer server = PostgresServer.get();
		return DriverManager.getConnection(server.url(database(data)), server.user(), server.password());
	}

	private static String database(Path data) {
		return DATABASES.computeIfAbsent(data.toAbsolutePath(), d -> PostgresServer.get().createDatabase());
	}

}
