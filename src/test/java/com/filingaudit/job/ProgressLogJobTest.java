package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A run logs, every {@code audit.progress-every}, each file being read (rows of an estimate from its size, rate, time
 * left) and, after the audit, its step; each step's start and end with the time it took. How many lines, and their
 * numbers, depend on the machine's speed: only their form and how close the estimate comes are checked.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProgressLogJobTest {

	/** Valid licences, which the report lists in no sheet: only the reading takes a while. */
	private static final int ROWS = 20_000;

	private static final Pattern FILE_LINE = Pattern
		.compile("ProgressTracker - 台账\\.csv: ([\\d,]+) of ~([\\d,]+) rows \\(\\d+ %\\)(, [\\d,]+ rows/s)?");

	@TempDir
	Path root;

	@ParameterizedTest(name = "{0} thread(s)")
	@ValueSource(ints = { 1, 2 })
	void aLongRunTellsEachFileAndStepAsItGoes(int threads, CapturedOutput output) throws IOException {
		AuditRun run = new AuditRun(root);
		AuditRun.writeLargeRegister(run.input.resolve("台账.csv"), ROWS);

		// with two threads the file is read in two row ranges at once: its line adds them up
		assertThat(run.once("2025-06-01", "--audit.progress-every=20ms", "--audit.chunk-size=100",
				"--audit.threads=" + threads, "--audit.min-range-rows=" + ROWS / 4)).isZero();

		List<Long> estimates = FILE_LINE.matcher(output.getOut()).results().map(m -> number(m.group(2))).toList();
		assertThat(estimates).as("lines while the file was read").isNotEmpty();
		assertThat(estimates.get(estimates.size() - 1)).as("the last estimate from the file's size")
			.isBetween((long) (ROWS * 0.9), (long) (ROWS * 1.1));
		for (String step : List.of("audit", "supersede", "history", "remind", "report")) {
			assertThat(output.getOut()).contains("Step " + step + " started")
				.containsPattern("Step " + step + " done in \\d+ s");
		}
	}

	private static long number(String text) {
		return Long.parseLong(text.replace(",", ""));
	}

}
