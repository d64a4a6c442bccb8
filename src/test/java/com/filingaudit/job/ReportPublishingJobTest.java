package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook and {@code latest.xlsx} are published last, after every companion, and a report step that failed is
 * retried under the same run name: one workbook per run, never a {@code -2} for a retry.
 */
class ReportPublishingJobTest {

	private static final String REGISTER = """
			企业名称,许可类型,证书编号,有效期至,负责人
			逾期公司,文网文,京网文〔2023〕1001-001号,2026-02-20,王蕾
			正常公司,文网文,京网文〔2023〕1002-001号,2028-01-01,陈昊
			""";

	@TempDir
	Path root;

	@Test
	void noWorkbookIsPublishedWhenACompanionCannotBeWritten() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), REGISTER);
		Path blocker = occupy(run.reports.resolve("findings.csv"));

		assertThat(run.once("2026-03-02")).isEqualTo(1);
		assertThat(run.workbooks()).isEmpty();
		assertThat(run.reports.resolve("latest.xlsx")).doesNotExist();

		free(blocker);
		assertThat(run.once("2026-03-02")).isZero();
		assertThat(run.workbooks()).extracting(p -> p.getFileName().toString())
			.containsExactly("filing-audit-2026-03-02.xlsx");
		assertPublishedTogether(run, "2026-03-02");
	}

	@Test
	void aReportStepRetriedAfterAFailureRepublishesTheSameRunAndAppliesRetention() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), REGISTER);
		Path blocker = occupy(run.reports.resolve("latest.xlsx"));
		Path old = aged(Files.writeString(run.reports.resolve("filing-audit-2025-01-02.xlsx"), "an old run"));
		Path oldFolder = aged(Files.createDirectories(run.reports.resolve("2025-01-02")));

		assertThat(run.once("2026-03-02")).isEqualTo(1);
		assertThat(old).as("retention waits for a report published whole").exists();

		free(blocker);
		assertThat(run.once("2026-03-02")).isZero();
		assertThat(old).as("the retried attempt applies retention").doesNotExist();
		assertThat(oldFolder).doesNotExist();
		assertThat(run.workbooks()).extracting(p -> p.getFileName().toString())
			.containsExactly("filing-audit-2026-03-02.xlsx");
		assertThat(run.reports.resolve("2026-03-02-2")).doesNotExist();
		assertPublishedTogether(run, "2026-03-02");

		// a new run of the same day is a new run: its own name
		assertThat(run.once("2026-03-02")).isZero();
		assertThat(run.workbooks()).extracting(p -> p.getFileName().toString())
			.containsExactly("filing-audit-2026-03-02-2.xlsx", "filing-audit-2026-03-02.xlsx");
		assertPublishedTogether(run, "2026-03-02-2");
	}

	/** Modified past the retention period (90 days by default). */
	private static Path aged(Path report) throws IOException {
		Files.setLastModifiedTime(report, FileTime.from(Instant.now().minus(Duration.ofDays(100))));
		return report;
	}

	/** A folder with a file in it where a report file should go: nothing can replace it. */
	private static Path occupy(Path place) throws IOException {
		Files.writeString(Files.createDirectories(place).resolve("keep"), "in the way");
		return place;
	}

	private static void free(Path place) throws IOException {
		Files.delete(place.resolve("keep"));
		Files.delete(place);
	}

	private static void assertPublishedTogether(AuditRun run, String name) throws IOException {
		Path workbook = run.reports.resolve("filing-audit-" + name + ".xlsx");
		assertThat(Files.readAllBytes(run.reports.resolve("latest.xlsx"))).isEqualTo(Files.readAllBytes(workbook));
		assertThat(Files.readString(run.reports.resolve(name).resolve("findings.csv")))
			.isEqualTo(Files.readString(run.reports.resolve("findings.csv")))
			.contains("京网文〔2023〕1001-001号");
		assertThat(run.reports.resolve(name).resolve("王蕾.xlsx")).isRegularFile();
		assertThat(run.reports.resolve(name).resolve("陈昊.xlsx")).isRegularFile();
		try (var hidden = Files.list(run.reports)) {
			assertThat(hidden.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
		}
	}

}
