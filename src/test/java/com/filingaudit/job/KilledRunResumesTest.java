package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed midway (kill -9 of its JVM, after some chunks were committed) is resumed by the next run for the same
 * day and input: it completes, every row is staged exactly once, and the killed file is not read again from the top.
 */
class KilledRunResumesTest {

	/** Enough rows that the kill, two progress lines in (a few hundred rows), comes long before the end. */
	private static final int ROWS = 60_000;

	@TempDir
	Path root;

	@Test
	void nextRunResumesAKilledRunWithoutLosingOrRepeatingRows() throws Exception {
		AuditRun run = new AuditRun(root);
		AuditRun.writeLargeRegister(run.input.resolve("big.csv"), ROWS);
		Files.writeString(run.input.resolve("small.csv"), "企业名称,许可类型,有效期至\nA公司,ICP证,2027-01-01\n");

		killMidway(run, "--audit.threads=1");

		assertThat(run.once("2026-12-01", "--audit.threads=1")).isZero();

		try (Connection db = run.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT")).isEqualTo(ROWS + 1);
			assertThat(AuditRun.count(db, "SELECT COUNT(DISTINCT INSTANCE_ID) FROM AUDIT_RESULT")).isEqualTo(1);
			assertThat(AuditRun.count(db, "SELECT ROWS_READ FROM AUDIT_FILE WHERE SOURCE_FILE = 'big.csv'")).isEqualTo(ROWS);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(2);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
			long resumedReads = AuditRun.count(db, """
					SELECT S.READ_COUNT FROM BATCH_STEP_EXECUTION S
					WHERE S.STEP_NAME = 'auditFile:file1' AND S.STATUS = 'COMPLETED'""");
			assertThat(resumedReads).isPositive().isLessThan(ROWS);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RUN WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
		}
		assertThat(run.workbooks()).hasSize(1);
	}

	/**
	 * A file read in two row ranges at once, killed while both stage rows: each range resumes where it stopped, and
	 * the ranges are those of the first attempt even when the range size has been changed since.
	 */
	@Test
	void nextRunResumesEachRowRangeOfAKilledRun() throws Exception {
		AuditRun run = new AuditRun(root);
		AuditRun.writeLargeRegister(run.input.resolve("big.csv"), ROWS);
		Files.writeString(run.input.resolve("small.csv"), "企业名称,许可类型,有效期至\nA公司,ICP证,2027-01-01\n");

		killMidway(run, "--audit.threads=2", "--audit.min-range-rows=20000");

		assertThat(run.once("2026-12-01", "--audit.threads=2", "--audit.min-range-rows=1000000")).isZero();

		try (Connection db = run.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT")).isEqualTo(ROWS + 1);
			assertThat(AuditRun.count(db, "SELECT COUNT(DISTINCT ORDINAL) FROM AUDIT_RESULT WHERE SOURCE_FILE = 'big.csv'"))
				.isEqualTo(ROWS);
			assertThat(AuditRun.count(db, "SELECT ROWS_READ FROM AUDIT_FILE WHERE SOURCE_FILE = 'big.csv'")).isEqualTo(ROWS);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
			assertThat(AuditRun.count(db, """
					SELECT COUNT(*) FROM BATCH_STEP_EXECUTION
					WHERE STEP_NAME IN ('auditFile:file1.1', 'auditFile:file1.2') AND STATUS = 'COMPLETED'""")).isEqualTo(2);
			long resumedReads = AuditRun.count(db, """
					SELECT SUM(S.READ_COUNT) FROM BATCH_STEP_EXECUTION S
					WHERE S.STEP_NAME LIKE 'auditFile:file1.%' AND S.STATUS = 'COMPLETED'""");
			assertThat(resumedReads).isPositive().isLessThan(ROWS);
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RUN WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
		}
		assertThat(run.workbooks()).hasSize(1);
	}

	/** Starts the audit in its own JVM and kills it once two progress lines show rows of big.csv read. */
	private static void killMidway(AuditRun run, String... settings) throws IOException, InterruptedException {
		String[] more = Arrays.copyOf(settings, settings.length + 2);
		more[settings.length] = "--audit.chunk-size=100";
		more[settings.length + 1] = "--audit.progress-every=200ms";
		Process process = run.start("2026-12-01", more);
		int progressLines = 0;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (progressLines < 2 && (line = out.readLine()) != null) {
				if (line.matches(".* - big\\.csv: [1-9].*")) {
					progressLines++;
				}
			}
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(progressLines).as("the first run was killed while staging").isEqualTo(2);
		assertThat(process.exitValue()).isNotZero();
		assertThat(run.workbooks()).as("nothing partial in the reports folder").isEmpty();
	}

}
