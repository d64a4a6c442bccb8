package com.filingaudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import com.filingaudit.testdb.TestDatabase;

/**
 * A manager and its workers are usually started together, on a database nobody has started the product on yet: each
 * process brings the product's tables to the current version at start, and none may fail because another is doing
 * the same at that moment. On PostgreSQL only (an HSQLDB file is one process's).
 */
class SimultaneousStartsTest {

	private static final int PROCESSES = 4;

	private static final int ROUNDS = 5;

	@Test
	void processesStartedAtOnceOnANewDatabaseAllFindTheSchemaCurrent() throws Exception {
		assumeTrue(TestDatabase.postgres(), "several processes share a server database: run with -Daudit.test.database=postgresql");
		ExecutorService processes = Executors.newFixedThreadPool(PROCESSES);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				DataSource database = TestDatabase.newPostgresDataSource();
				// as the product's start does first: Spring Batch's tables, so that the schema is not empty
				new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"))
					.execute(database);
				CyclicBarrier together = new CyclicBarrier(PROCESSES);
				List<Future<?>> starts = new ArrayList<>();
				for (int i = 0; i < PROCESSES; i++) {
					starts.add(processes.submit(() -> {
						together.await();
						new ProductSchema().migrate(flyway(database));
						return null;
					}));
				}
				for (Future<?> start : starts) {
					start.get(2, TimeUnit.MINUTES);
				}
				Flyway flyway = flyway(database);
				assertThat(flyway.info().pending()).isEmpty();
				JdbcTemplate sql = new JdbcTemplate(database);
				assertThat(sql.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL",
						Integer.class))
					.as("each migration applied once")
					.isEqualTo(sql.queryForObject(
							"SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL",
							Integer.class));
				assertThat(sql.queryForObject("SELECT COUNT(*) FROM AUDIT_RUN", Integer.class)).isZero();
			}
		}
		finally {
			processes.shutdownNow();
		}
	}

	/** Flyway as application.properties configures Spring Boot's. */
	private static Flyway flyway(DataSource database) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.javaMigrations(new V3__Date_lapse_episodes())
			.load();
	}

}
