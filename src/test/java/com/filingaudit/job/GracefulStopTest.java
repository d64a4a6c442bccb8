package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.FilingAuditApplication;

/**
 * A service stopped with SIGTERM (systemd, a deploy) while it audits stops the audit through the JobOperator, at a
 * chunk boundary or, in the report step, between rows; marks it STOPPED and only then closes the database: no stack
 * trace, no closed pool under a running job. The service started again the same day resumes it exactly, and so does
 * the next run for the same day and input.
 */
class GracefulStopTest {

	private static final int ROWS = 30_000;

	/** Over eight owners: a report step of a few seconds, long enough to stop midway. */
	private static final int REPORT_ROWS = 10_000;

	private static final Pattern BIG_CSV_ROWS = Pattern.compile(" - big\\.csv: ([\\d,]+) ");

	@TempDir
	Path root;

	@Test
	void sigtermStopsTheRunningAuditWhichTheServiceResumesWhenStartedAgain() throws Exception {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("big.csv");
		AuditRun.writeLargeRegister(register, ROWS);
		settled(register);

		List<String> log = serviceStopped(run, line -> {
			Matcher progress = BIG_CSV_ROWS.matcher(line);
			return progress.find() && Long.parseLong(progress.group(1).replace(",", "")) >= 10_000;
		});

		assertStoppedQuietly(log);
		try (Connection db = run.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPED'")).isEqualTo(1);
			assertThat(AuditRun.count(db, "SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'auditFile:file1'"))
				.isGreaterThanOrEqualTo(10_000).isLessThan(ROWS);
		}

		serviceStartedUntilAudited(run);

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

	@Test
	void sigtermDuringTheReportStopsItAndTheNextRunPublishesTheSameReport() throws Exception {
		AuditRun stopped = new AuditRun(root.resolve("stopped"));
		AuditRun whole = new AuditRun(root.resolve("whole"));
		KilledDuringReportResumesTest.writeRegister(stopped.input.resolve("台账.csv"), REPORT_ROWS);
		Files.copy(stopped.input.resolve("台账.csv"), whole.input.resolve("台账.csv"));
		settled(stopped.input.resolve("台账.csv"));
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

		// the uninterrupted run alongside the one to stop, in this JVM: the test takes half the time
		CompletableFuture<Integer> uninterrupted = CompletableFuture
			.supplyAsync(() -> whole.once(today, "--audit.locale=en"));
		List<String> log = serviceStopped(stopped, line -> line.contains("Step report started"),
				"--audit.locale=en");

		assertStoppedQuietly(log);
		assertThat(log).anyMatch(line -> line.contains("Step report ended STOPPED"));
		try (Connection db = stopped.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPED'")).isEqualTo(1);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'report' AND STATUS = 'STOPPED'"))
				.isEqualTo(1);
		}
		assertThat(KilledDuringReportResumesTest.temporaryFiles(stopped)).as("files written aside, abandoned").isEmpty();

		assertThat(uninterrupted.get(5, TimeUnit.MINUTES)).isZero();
		assertThat(stopped.once(today, "--audit.locale=en")).isZero();
		KilledDuringReportResumesTest.assertSamePublished(stopped, whole, today);
	}

	private static void settled(Path register) throws IOException {
		Files.setLastModifiedTime(register, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
	}

	private static void assertStoppedQuietly(List<String> log) {
		assertThat(log).anyMatch(line -> line.contains("was stopped (the service is shutting down); it is resumed when "
				+ "the service starts again today"));
		assertThat(log).as("no error, no stack trace, no pool closed under the job").noneMatch(line -> line.contains(" ERROR ")
				|| line.contains("pool has been closed") || line.startsWith("\tat ") || line.startsWith("Caused by"));
	}

	/**
	 * Starts the service again, in this JVM and with no run scheduled, and waits until it has audited: the run the
	 * last one left unfinished today.
	 */
	private static void serviceStartedUntilAudited(AuditRun run) {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(FilingAuditApplication.class).run(
				"--server.port=0", "--audit.schedule=-", "--audit.threads=1", "--audit.input-dir=" + run.input,
				"--audit.reports-dir=" + run.reports, "--audit.data-dir=" + run.data)) {
			AuditLauncher launcher = service.getBean(AuditLauncher.class);
			await().atMost(Duration.ofMinutes(3)).until(() -> !run.workbooks().isEmpty() && !launcher.isRunning());
		}
	}

	/** Starts the service in its own JVM and sends it SIGTERM at the first line of its log that {@code when} accepts. */
	private static List<String> serviceStopped(AuditRun run, Predicate<String> when, String... more)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), FilingAuditApplication.class.getName(),
				"--server.port=0", "--audit.schedule=*/2 * * * * *", "--audit.threads=1", "--audit.chunk-size=100",
				"--audit.progress-every=200ms", "--audit.input-dir=" + run.input, "--audit.reports-dir=" + run.reports,
				"--audit.data-dir=" + run.data));
		command.addAll(List.of(more));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> log = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			boolean stopped = false;
			String line;
			while ((line = out.readLine()) != null) {
				log.add(line);
				// SIGTERM, as systemd sends; Process.destroy() would also close the output read here
				if (!stopped && when.test(line)) {
					process.toHandle().destroy();
					stopped = true;
				}
			}
			assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
			assertThat(stopped).as("the service was stopped while it audited").isTrue();
		}
		assertThat(run.workbooks()).as("nothing partial in the reports folder").isEmpty();
		return log;
	}

}
