package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.filingaudit.testdb.TestDatabase;

/**
 * Two instances of the service on one PostgreSQL database (for availability), both with the same schedule, audit the
 * day once: the instance that starts first holds the run lock; the other finds the run under way, or done, and stays
 * quiet. Two processes, as two hosts would run them; on PostgreSQL only (a database in files is one process's).
 */
class TwoInstancesOneNightlyRunJobTest {

	private static final String COMPLETED = "completed: ";

	private static final String NOT_RUN_HERE = " not run here: ";

	@TempDir
	Path root;

	private final List<ServiceProcess> instances = new ArrayList<>();

	@AfterEach
	void stopInstances() throws InterruptedException {
		for (ServiceProcess instance : instances) {
			instance.stop();
		}
	}

	@Test
	void twoInstancesOnOneDatabaseRunTheNightlyAuditOnce() throws Exception {
		assumeTrue(TestDatabase.postgres(), "two instances share a server database: run with -Daudit.test.database=postgresql");
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("register.csv");
		// long enough an audit that the other instance's trigger finds it under way
		AuditRun.writeLargeRegister(register, 6_000);
		Files.setLastModifiedTime(register, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

		ServiceProcess first = start(run);
		ServiceProcess second = start(run);
		try {
			await().atMost(Duration.ofMinutes(4))
				.until(() -> nightly(first.log()).size() >= 3 && nightly(second.log()).size() >= 3);

			List<String> outcomes = new ArrayList<>(nightly(first.log()));
			outcomes.addAll(nightly(second.log()));
			assertThat(outcomes).as("one instance audits the day").filteredOn(line -> line.contains(COMPLETED)).hasSize(1);
			assertThat(outcomes).as("each other trigger, on either instance, stays quiet")
				.filteredOn(line -> !line.contains(COMPLETED))
				.allMatch(line -> line.contains(NOT_RUN_HERE))
				.anyMatch(line -> line.contains("were audited already"));
			assertThat(first.log()).as("no error on the first instance").noneMatch(line -> line.contains(" ERROR "));
			assertThat(second.log()).as("no error on the second instance").noneMatch(line -> line.contains(" ERROR "));
			try (Connection db = run.database()) {
				assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(1);
				assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT")).isEqualTo(6_000);
			}
			assertThat(run.workbooks()).hasSize(1);
		}
		catch (AssertionError | ConditionTimeoutException ex) {
			throw new AssertionError(ex.getMessage() + "\nthe instances' logs end with:\n" + first.tail() + "\n---\n"
					+ second.tail(), ex);
		}
	}

	/** The lines in which an instance said what became of a scheduled audit. */
	private static List<String> nightly(List<String> log) {
		return log.stream()
			.filter(line -> line.contains("Nightly audit as of")
					&& (line.contains(COMPLETED) || line.contains(NOT_RUN_HERE)))
			.toList();
	}

	/** Starts an instance of the service in a JVM of its own, auditing every five seconds. */
	private ServiceProcess start(AuditRun run) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--audit.schedule=*/5 * * * * *",
				"--audit.threads=1"));
		arguments.addAll(run.arguments("unused").stream().filter(a -> !a.startsWith("--audit.once")
				&& !a.startsWith("--audit.as-of")).toList());
		ServiceProcess instance = ServiceProcess.start(arguments);
		instances.add(instance);
		return instance;
	}

}
