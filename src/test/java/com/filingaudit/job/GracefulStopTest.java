package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.filingaudit.FilingAuditApplication;

/**
 * A service stopped with SIGTERM (systemd, a deploy) while it audits stops the audit at a chunk boundary through the
 * JobOperator, marks it STOPPED and only then closes the database: no stack trace, no closed pool under a running
 * job. The next run for the same day and input resumes it exactly.
 */
class GracefulStopTest {

	private static final int ROWS = 60_000;

	private static final Pattern BIG_CSV_ROWS = Pattern.compile(" - big\\.csv: ([\\d,]+) ");

	@TempDir
	Path root;

	@Test
	void sigtermStopsTheRunningAuditWhichTheNextRunResumes() throws Exception {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("big.csv");
		AuditRun.writeLargeRegister(register, ROWS);
		Files.setLastModifiedTime(register, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

		List<String> log = serviceStoppedMidway(run);

		assertThat(log).anyMatch(line -> line.contains("was stopped (the service is shutting down); the next run resumes it"));
		assertThat(log).as("no error, no stack trace, no pool closed under the job").noneMatch(line -> line.contains(" ERROR ")
				|| line.contains("pool has been closed") || line.startsWith("\tat ") || line.startsWith("Caused by"));
		try (Connection db = run.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPED'")).isEqualTo(1);
			assertThat(AuditRun.count(db, "SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'auditFile:file1'"))
				.isGreaterThanOrEqualTo(20_000).isLessThan(ROWS);
		}

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		assertThat(run.once(today, "--audit.threads=1")).isZero();

		try (Connection db = run.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT")).isEqualTo(ROWS);
			assertThat(AuditRun.count(db, "SELECT COUNT(DISTINCT ROW_NO) FROM AUDIT_RESULT")).isEqualTo(ROWS);
			assertThat(AuditRun.count(db, "SELECT ROWS_READ FROM AUDIT_FILE WHERE SOURCE_FILE = 'big.csv'")).isEqualTo(ROWS);
			assertThat(AuditRun.count(db, """
					SELECT READ_COUNT FROM BATCH_STEP_EXECUTION
					WHERE STEP_NAME = 'auditFile:file1' AND STATUS = 'COMPLETED'""")).isPositive().isLessThan(ROWS);
		}
		assertThat(run.workbooks()).hasSize(1);
	}

	/** Starts the service in its own JVM and sends it SIGTERM once a progress line shows 20,000 rows of big.csv read. */
	private static List<String> serviceStoppedMidway(AuditRun run) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), FilingAuditApplication.class.getName(),
				"--server.port=0", "--audit.schedule=*/2 * * * * *", "--audit.threads=1", "--audit.chunk-size=100",
				"--audit.progress-every=200ms", "--audit.input-dir=" + run.input, "--audit.reports-dir=" + run.reports,
				"--audit.data-dir=" + run.data));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> log = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			boolean stopped = false;
			String line;
			while ((line = out.readLine()) != null) {
				log.add(line);
				Matcher progress = BIG_CSV_ROWS.matcher(line);
				// SIGTERM, as systemd sends; Process.destroy() would also close the output read here
				if (!stopped && progress.find() && Long.parseLong(progress.group(1).replace(",", "")) >= 20_000) {
					process.toHandle().destroy();
					stopped = true;
				}
			}
			assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
			assertThat(stopped).as("the service was stopped while staging").isTrue();
		}
		assertThat(run.workbooks()).as("nothing partial in the reports folder").isEmpty();
		return log;
	}

}
