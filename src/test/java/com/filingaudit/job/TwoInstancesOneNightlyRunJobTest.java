package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.filingaudit.FilingAuditApplication;
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

	private final List<Process> instances = new ArrayList<>();

	@AfterEach
	void stopInstances() throws InterruptedException {
		for (Process instance : instances) {
			instance.toHandle().destroy();
			if (!instance.waitFor(60, TimeUnit.SECONDS)) {
				instance.destroyForcibly();
			}
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

		List<String> first = start(run);
		List<String> second = start(run);
		await().atMost(Duration.ofMinutes(4))
			.until(() -> nightly(first).size() >= 3 && nightly(second).size() >= 3);

		List<String> outcomes = new ArrayList<>(nightly(first));
		outcomes.addAll(nightly(second));
		assertThat(outcomes).as("one instance audits the day").filteredOn(line -> line.contains(COMPLETED)).hasSize(1);
		assertThat(outcomes).as("each other trigger, on either instance, stays quiet")
			.filteredOn(line -> !line.contains(COMPLETED))
			.allMatch(line -> line.contains(NOT_RUN_HERE))
			.anyMatch(line -> line.contains("were audited already"));
		assertThat(first).as("no error on the first instance").noneMatch(line -> line.contains(" ERROR "));
		assertThat(second).as("no error on the second instance").noneMatch(line -> line.contains(" ERROR "));
		try (Connection db = run.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(1);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT")).isEqualTo(6_000);
		}
		assertThat(run.workbooks()).hasSize(1);
	}

	/** The lines in which an instance said what became of a scheduled audit. */
	private static List<String> nightly(List<String> log) {
		synchronized (log) {
			return log.stream()
				.filter(line -> line.contains("Nightly audit as of")
						&& (line.contains(COMPLETED) || line.contains(NOT_RUN_HERE)))
				.toList();
		}
	}

	/** Starts an instance of the service in a JVM of its own, auditing every five seconds; its log, as it comes. */
	private List<String> start(AuditRun run) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), FilingAuditApplication.class.getName(),
				"--server.port=0", "--audit.schedule=*/5 * * * * *", "--audit.threads=1"));
		command.addAll(run.arguments("unused").stream().filter(a -> !a.startsWith("--audit.once")
				&& !a.startsWith("--audit.as-of")).toList());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		instances.add(process);
		List<String> log = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					log.add(line);
				}
			}
			catch (IOException ended) {
				// the process is gone
			}
		});
		reader.setDaemon(true);
		reader.start();
		return log;
	}

}
