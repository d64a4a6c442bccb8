package com.filingaudit.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.FilingAuditApplication;

/**
 * Without {@code audit.once} the product stays up and audits on its schedule, as of today in its zone, and leaves a
 * file that is still being copied for the next run.
 */
class NightlyAuditTest {

	@TempDir
	Path root;

	@Test
	void serviceAuditsSettledFilesOnItsScheduleAndLeavesFreshOnesForTheNextRun() throws IOException {
		Path input = Files.createDirectories(root.resolve("input"));
		Path settled = Files.writeString(input.resolve("settled.csv"), """
				企业名称,许可类型,证书编号,有效期至
				早已过期公司,文网文,京网文〔2019〕1001-001号,2020-01-01
				长期有效公司,文网文,京网文〔2025〕1002-001号,2099-01-01
				""");
		Files.setLastModifiedTime(settled, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		Files.writeString(input.resolve("copying.csv"), """
				企业名称,许可类型,证书编号,有效期至
				正在复制公司,文网文,京网文〔2019〕1003-001号,2020-01-01
				""");
		Path reports = root.resolve("reports");

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FilingAuditApplication.class).run(
				"--server.port=0", "--audit.schedule=*/2 * * * * *", "--audit.ingest.settle-seconds=600", "--audit.locale=en",
				"--audit.input-dir=" + input, "--audit.reports-dir=" + reports,
				"--audit.data-dir=" + root.resolve("data"))) {
			assertThat(context.getBeansOfType(NightlyAudit.class)).hasSize(1);
			assertThat(context).as("the service serves the desk").isInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBeansOfType(OneShotAudit.class)).isEmpty();
			await().atMost(Duration.ofSeconds(30)).until(() -> workbook(reports) != null);
		}

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		assertThat(workbook(reports).getFileName().toString()).startsWith("filing-audit-" + today);
		try (Workbook report = WorkbookFactory.create(workbook(reports).toFile())) {
			assertThat(column(report.getSheet("Lapsed"), 0)).containsExactly("Company", "早已过期公司");
			List<String> summary = new ArrayList<>();
			report.getSheet("Summary").forEach(row -> row.forEach(cell -> summary.add(new DataFormatter().formatCellValue(cell))));
			assertThat(summary).contains("settled.csv", "copying.csv",
					"Modified less than 600 seconds ago (still being copied?); the next run audits it.")
				.doesNotContain("正在复制公司");
		}
	}

	@Test
	void aOneShotRunStartsNoWebServer() throws IOException {
		Path input = Files.createDirectories(root.resolve("once-input"));

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FilingAuditApplication.class).run(
				"--audit.once=true", "--audit.input-dir=" + input, "--audit.reports-dir=" + root.resolve("once-reports"),
				"--audit.data-dir=" + root.resolve("once-data"))) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBeansOfType(OneShotAudit.class)).hasSize(1);
		}
	}

	private static List<String> column(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		sheet.forEach(row -> values.add(new DataFormatter().formatCellValue(row.getCell(column))));
		return values;
	}

	/** The first run's workbook, once it is there. */
	private static Path workbook(Path reports) throws IOException {
		if (!Files.isDirectory(reports)) {
			return null;
		}
		try (Stream<Path> files = Files.list(reports)) {
			return files.filter(f -> f.getFileName().toString().startsWith("filing-audit-")).sorted().findFirst().orElse(null);
		}
	}

}
