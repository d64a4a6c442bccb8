package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.filingaudit.ingest.TestWorkbooks;

/**
 * Big files read in row ranges at once, several partitions each: the report is the one a read of each whole file
 * gives, and a file that changes while its ranges are read is discarded whole, whichever range notices.
 */
@ExtendWith(OutputCaptureExtension.class)
class RowRangesJobTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

	@TempDir
	Path root;

	@Test
	void filesReadInRangesReportWhatWholeReadsDo() throws Exception {
		AuditRun whole = new AuditRun(root.resolve("whole"));
		AuditRun ranges = new AuditRun(root.resolve("ranges"));
		for (AuditRun run : List.of(whole, ranges)) {
			register(run.input.resolve("register.csv"));
			workbook(run.input.resolve("clients.xlsx"), 800, 1_200);
		}

		assertThat(whole.once(AS_OF.toString(), "--audit.locale=en", "--audit.threads=3")).isZero();
		assertThat(ranges.once(AS_OF.toString(), "--audit.locale=en", "--audit.threads=3",
				"--audit.min-range-rows=200")).isZero();

		try (Connection db = whole.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'auditFile:%'"))
				.isEqualTo(2);
		}
		try (Connection db = ranges.database()) {
			assertThat(AuditRun.count(db, """
					SELECT COUNT(*) FROM BATCH_STEP_EXECUTION
					WHERE STEP_NAME LIKE 'auditFile:file_._' AND READ_COUNT > 0""")).isEqualTo(6);
		}
		try (Workbook expected = open(whole.workbooks().get(0)); Workbook actual = open(ranges.workbooks().get(0))) {
			Sheet summary = actual.getSheet("Summary");
			assertThat(IngestionJobTest.accounts(summary)).containsOnlyKeys("register.csv", "clients.xlsx|证照",
					"clients.xlsx|续表", "clients.xlsx|说明");
			assertThat(accounts(summary)).isEqualTo(accounts(expected.getSheet("Summary")));
			assertThat(FilingAuditJobTest.labelCounts(summary))
				.isEqualTo(FilingAuditJobTest.labelCounts(expected.getSheet("Summary")));
			for (String group : List.of("Lapsed", "Risky", "Expiring", "Rejected")) {
				assertThat(rows(actual.getSheet(group))).as(group).isEqualTo(rows(expected.getSheet(group)));
			}
			assertThat(rows(actual.getSheet("Risky"))).as("the later of two rows with one filing number wins")
				.anyMatch(row -> row.contains("京B2-29999999") && row.contains("2026-12-10"))
				.noneMatch(row -> row.contains("京B2-29999999") && row.contains("2028-01-01"));
		}
	}

	/**
	 * The sheet's {@code <dimension>} claims fewer or more rows than it has, so one range is much shorter: the file
	 * changes once that range has ended, and the other range, still reading, notices; the rows the first staged go
	 * too.
	 */
	@ParameterizedTest(name = "{0} rows claimed, {1} ends first")
	@CsvSource({ "2000, file1.1", "20000, file1.2" })
	void fileChangedWhileItsRangesAreReadIsDiscardedWhole(int claimed, String first, CapturedOutput output)
			throws Exception {
		AuditRun run = new AuditRun(root);
		Path file = claiming(workbook(run.input.resolve("clients.xlsx"), 12_000, 0), claimed);
		Files.writeString(run.input.resolve("small.csv"), "企业名称,许可类型,证书编号,有效期至\nA公司,ICP证,京B2-1,2027-01-01\n");

		CompletableFuture<Integer> audit = CompletableFuture.supplyAsync(() -> run.once(AS_OF.toString(),
				"--audit.locale=en", "--audit.threads=2", "--audit.min-range-rows=500"));
		String ended = "Step: [auditFile:" + first + "] executed";
		// the file is changed the moment that range ends: polled closely, the other range is still reading
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (!output.getOut().contains(ended) && !audit.isDone() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));
		assertThat(audit.get(5, TimeUnit.MINUTES)).isZero();

		assertThat(output.getOut()).contains(ended)
			.contains("clients.xlsx changed while it was read")
			.doesNotContain(" ERROR ");
		try (Connection db = run.database()) {
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT WHERE SOURCE_FILE = 'clients.xlsx'"))
				.isZero();
			assertThat(AuditRun.count(db, "SELECT COUNT(*) FROM AUDIT_RESULT WHERE SOURCE_FILE = 'small.csv'"))
				.isEqualTo(1);
			assertThat(AuditRun.count(db, """
					SELECT COUNT(*) FROM BATCH_STEP_EXECUTION
					WHERE STEP_NAME LIKE 'auditFile:file1._' AND STATUS = 'COMPLETED'""")).isEqualTo(2);
		}
		try (Workbook report = open(run.workbooks().get(0))) {
			assertThat(table(report.getSheet("Rejected"))).singleElement()
				.satisfies(row -> assertThat(text(row.get("Source"))).isEqualTo("clients.xlsx"))
				.satisfies(row -> assertThat(text(row.get("Reason"))).contains("changed while it was read"));
			assertThat(IngestionJobTest.accounts(report.getSheet("Summary")).get("clients.xlsx"))
				.satisfies(account -> assertThat(account.read()).isZero())
				.satisfies(account -> assertThat(account.note()).contains("changed while it was read"));
		}
	}

	/**
	 * 1,500 rows below a title: blank ones, ones to reject, expiries in every group, and a filing number given twice
	 * (an early row and a late one, in different ranges).
	 */
	private static void register(Path file) throws IOException {
		StringBuilder text = new StringBuilder("客户证照台账 2026年11月\n企业名称,许可类型,证书编号,有效期至\n");
		for (int i = 1; i <= 1_500; i++) {
			text.append(switch (i) {
				case 10 -> "重复公司,ICP证,京B2-29999999,2028-01-01\n";
				case 1_490 -> "重复公司,ICP证,京B2-29999999,2026-12-10\n";
				default -> i % 97 == 0 ? ",,,\n"
						: (i % 89 == 0 ? "" : "公司" + i) + ",ICP证,京B2-" + (20000000 + i) + "," + expiry(i) + "\n";
			});
		}
		Files.writeString(file, text);
	}

	/**
	 * A register sheet of {@code rows} rows below a title, a sheet without a header, and a second register sheet of
	 * {@code more} rows when there are any.
	 */
	private static Path workbook(Path file, int rows, int more) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		Sheet licences = workbook.createSheet("证照");
		licences.createRow(0).createCell(0).setCellValue("客户证照台账");
		TestWorkbooks.registerRows(licences, 2, rows, RowRangesJobTest::expiry);
		if (more > 0) {
			workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由客户提供");
			TestWorkbooks.registerRows(workbook.createSheet("续表"), 0, more, RowRangesJobTest::expiry);
		}
		return TestWorkbooks.save(workbook, file);
	}

	/** Lapsed, Risky, Expiring and OK expiries as of {@link #AS_OF}, in turn. */
	private static String expiry(int i) {
		return AS_OF.plusDays(new int[] { -40, 20, 75, 400 }[i % 4] + i % 9).toString();
	}

	/** The workbook with its first sheet's dimension claiming {@code rows} rows, and modified an hour ago. */
	private static Path claiming(Path file, int rows) throws IOException {
		TestWorkbooks.rewritePart(file, "xl/worksheets/sheet1.xml",
				xml -> new String(xml, StandardCharsets.UTF_8)
					.replaceFirst("<dimension ref=\"[^\"]*\"", "<dimension ref=\"A1:D" + rows + "\"")
					.getBytes(StandardCharsets.UTF_8));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		return file;
	}

	/** Each file's account with its note: what a person reads in the Summary. */
	private static Map<String, String> accounts(Sheet summary) {
		Map<String, String> accounts = new TreeMap<>();
		IngestionJobTest.accounts(summary).forEach((file, a) -> accounts.put(file, a.read() + " read, " + a.audited()
				+ " audited, " + a.rejected() + " rejected, " + a.blank() + " blank, " + a.superseded()
				+ " superseded; " + a.note()));
		return accounts;
	}

	/** A sheet's rows as text, in the order the sheet has them. */
	private static List<String> rows(Sheet sheet) {
		List<String> rows = new ArrayList<>();
		for (Map<String, Cell> row : table(sheet)) {
			rows.add(new TreeMap<>(row).entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + text(e.getValue()))
				.reduce("", (a, b) -> a + " | " + b));
		}
		return rows;
	}

}
