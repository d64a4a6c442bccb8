package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.filingaudit.testdb.TestDatabase;

/** The whole audit through its one-shot entry point, on CSV (GBK), XLSX and XLS registers the test writes. */
class FilingAuditJobTest {

	private static final DataFormatter FORMAT = new DataFormatter();

	@TempDir
	Path root;

	private AuditRun run;

	@BeforeEach
	void registers() throws IOException {
		run = new AuditRun(root);
		String csv = """
				企业名称,许可类型,证书编号,发证日期,有效期至,状态,负责人
				甲公司,ICP证,京B2-20220001,2022-02-27,2027-02-26,正常,王蕾
				乙公司,文网文,京网文〔2024〕0001-001号,2024/3/20,,,陈昊
				丙公司,ICP证,京B2-20220002,2022年6月2日,2027.06.01,,王蕾
				丁公司,算法备案,网信算备110108823483901230031号,2023-06-20,,已注销,李娜
				,,,,,,
				,ICP证,京B2-20220003,2022-01-01,2027-01-01,,王蕾
				己公司,ICP证,京B2-20220004,2022-01-01,2027-02-30,,王蕾
				""";
		Files.write(run.input.resolve("registry.csv"), csv.getBytes(Charset.forName("GBK")));
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = register(workbook, "证照", "公司名称", "证照类型", "颁发日期", "到期日期", "延续申请日期");
			row(workbook, sheet, 1, "戊公司", "大模型备案", LocalDate.of(2026, 1, 20), null, null);
			row(workbook, sheet, 2, "庚公司", "劳务派遣许可证", LocalDate.of(2024, 4, 2), LocalDate.of(2027, 4, 1),
					LocalDate.of(2027, 1, 15));
			row(workbook, sheet, 3, "辛公司", "等保备案", LocalDate.of(2023, 4, 11), null, null);
			row(workbook, sheet, 4, "壬公司", "食品经营许可证", LocalDate.of(2023, 4, 11), null, null);
			save(workbook, run.input.resolve("clients.xlsx"));
		}
		try (Workbook workbook = new HSSFWorkbook()) {
			Sheet sheet = register(workbook, "Licences", "Company", "License Type", "Issue Date", "Expiry Date",
					"Status");
			row(workbook, sheet, 1, "Xin Co.", "营业性演出许可证", LocalDate.of(2026, 1, 2), LocalDate.of(2028, 1, 1),
					"暂停");
			row(workbook, sheet, 2, "Ren Co.", "ICP License", LocalDate.of(2025, 1, 2), LocalDate.of(2030, 1, 1), null);
			save(workbook, run.input.resolve("legacy.xls"));
		}
	}

	/**
	 * PostgreSQL plans a query by what it knows of the tables: it is told of the rows a run has staged before the run
	 * asks about them, not a minute later by autovacuum (which never looks at a table this small).
	 */
	@Test
	void onPostgresqlTheTablesARunFillsAreAnalyzedBeforeTheRunQueriesThem() throws Exception {
		assumeTrue(TestDatabase.postgres(), "PostgreSQL's planner statistics: run with -Daudit.test.database=postgresql");
		assertThat(run.once("2027-02-27")).isZero();

		try (Connection db = run.database()) {
			for (String table : List.of("audit_result", "audit_rejection", "reminder_item", "reminder_tier")) {
				assertThat(AuditRun.count(db, """
						SELECT COUNT(*) FROM pg_statistic S JOIN pg_class C ON C.oid = S.starelid
						WHERE C.relname = '%s'""".formatted(table))).as(table).isPositive();
			}
		}
	}

	@Test
	void oneShotRunWritesTheContractWorkbook() throws IOException {
		assertThat(run.once("2027-02-27", "--audit.locale=en")).isZero();

		assertThat(run.workbooks()).map(p -> p.getFileName().toString()).containsExactly("filing-audit-2027-02-27.xlsx");
		try (Workbook report = open(run.workbooks().get(0))) {
			assertThat(sheetNames(report)).containsExactly("Summary", "Lapsed", "Risky", "Expiring", "Rejected");

			List<Map<String, Cell>> lapsed = table(report.getSheet("Lapsed"));
			assertThat(lapsed).map(r -> text(r.get("Company"))).containsExactly("戊公司", "甲公司", "丁公司");
			assertThat(lapsed).map(r -> text(r.get("Findings")))
				.containsExactly("INSPECTION_LAPSED", "EXPIRED", "STATUS_CANCELLED");
			Map<String, Cell> expired = lapsed.get(1);
			assertThat(date(expired.get("Expiry Date"))).isEqualTo(LocalDate.of(2027, 2, 26));
			assertThat(date(expired.get("Deadline"))).isEqualTo(LocalDate.of(2027, 2, 26));
			assertThat(expired.get("Days Left").getNumericCellValue()).isEqualTo(-1);
			assertThat(text(expired.get("Credit Code"))).isEmpty();
			assertThat(text(expired.get("Filing No."))).isEqualTo("京B2-20220001");
			assertThat(text(expired.get("Filing Type"))).isEqualTo("ICP License");
			assertThat(text(expired.get("Owner"))).isEqualTo("王蕾");
			assertThat(text(expired.get("Source"))).contains("registry.csv").contains("row 2");
			assertThat(text(expired.get("Details"))).contains("2027-02-26");
			assertThat(text(lapsed.get(0).get("Source"))).contains("clients.xlsx").contains("证照").contains("row 2");

			List<Map<String, Cell>> risky = table(report.getSheet("Risky"));
			assertThat(risky).map(r -> text(r.get("Company"))).containsExactly("乙公司", "Xin Co.", "辛公司");
			assertThat(risky).map(r -> text(r.get("Findings")))
				.containsExactly("RENEWAL_OVERDUE", "STATUS_SUSPENDED", "ASSESSMENT_UNKNOWN");
			assertThat(date(risky.get(0).get("Expiry Date"))).isEqualTo(LocalDate.of(2027, 3, 19));
			assertThat(date(risky.get(0).get("Deadline"))).isEqualTo(LocalDate.of(2027, 2, 17));

			List<Map<String, Cell>> expiring = table(report.getSheet("Expiring"));
			assertThat(expiring).map(r -> text(r.get("Company"))).containsExactly("庚公司", "丙公司");
			assertThat(expiring).map(r -> text(r.get("Findings"))).containsExactly("RENEWAL_SUBMITTED", "RENEWAL_DUE");
			assertThat(expiring.get(1).get("Days Left").getNumericCellValue()).isEqualTo(94);

			List<Map<String, Cell>> rejected = table(report.getSheet("Rejected"));
			assertThat(rejected).map(r -> text(r.get("Source")))
				.containsExactly("clients.xlsx, sheet 证照, row 5", "registry.csv, row 7", "registry.csv, row 8");
			assertThat(rejected).map(r -> text(r.get("Column"))).containsExactly("证照类型", "企业名称", "有效期至");
			assertThat(rejected).map(r -> text(r.get("Value"))).containsExactly("食品经营许可证", "", "2027-02-30");
			assertThat(rejected).map(r -> text(r.get("Filing No."))).containsExactly("", "京B2-20220003", "京B2-20220004");
			assertThat(rejected).allSatisfy(r -> assertThat(text(r.get("Reason"))).isNotBlank());

			Map<String, Double> counts = labelCounts(report.getSheet("Summary"));
			assertThat(counts).containsEntry("Lapsed", 3.0)
				.containsEntry("Risky", 3.0)
				.containsEntry("Expiring", 2.0)
				.containsEntry("OK", 1.0)
				.containsEntry("Rejected", 3.0);
			assertThat(summaryText(report.getSheet("Summary"))).contains("2027-02-27");
			assertFileAccounts(report.getSheet("Summary"), Map.of("registry.csv", new int[] { 7, 4, 2, 1 },
					"clients.xlsx", new int[] { 4, 3, 1, 0 }, "legacy.xls", new int[] { 2, 2, 0, 0 }));
		}
	}

	@Test
	void runningAgainWithNothingChangedWritesAFreshReport() throws IOException {
		assertThat(run.once("2027-02-27")).isZero();
		assertThat(run.once("2027-02-27")).isZero();

		assertThat(run.workbooks()).map(p -> p.getFileName().toString())
			.containsExactly("filing-audit-2027-02-27-2.xlsx", "filing-audit-2027-02-27.xlsx");
		try (Workbook second = open(run.workbooks().get(0))) {
			assertThat(table(second.getSheet("已失效"))).hasSize(3);
		}
	}

	@Test
	void chineseReportIsTheDefault() throws IOException {
		assertThat(run.once("2027-02-27")).isZero();

		try (Workbook report = open(run.workbooks().get(0))) {
			assertThat(sheetNames(report)).containsExactly("概览", "已失效", "风险", "即将到期", "数据问题");
			assertThat(table(report.getSheet("风险")).get(0)).containsKeys("企业名称", "证书编号", "有效期至", "处理期限");
		}
	}

	@Test
	void missingInputFolderFailsTheRun() throws IOException {
		AuditRun nowhere = new AuditRun(root.resolve("elsewhere"));
		Files.delete(nowhere.input);

		assertThat(nowhere.once("2027-02-27")).isNotZero();
		assertThat(nowhere.workbooks()).isEmpty();
	}

	private static Sheet register(Workbook workbook, String name, String... header) {
		Sheet sheet = workbook.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < header.length; i++) {
			row.createCell(i).setCellValue(header[i]);
		}
		return sheet;
	}

	private static void row(Workbook workbook, Sheet sheet, int index, Object... values) {
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof LocalDate d) {
				Cell cell = row.createCell(i);
				cell.setCellValue(d);
				cell.setCellStyle(date);
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}

	private static void save(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	/** The rows below the header, each as header name to cell. */
	static List<Map<String, Cell>> table(Sheet sheet) {
		Row header = sheet.getRow(0);
		List<Map<String, Cell>> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, Cell> cells = new HashMap<>();
			for (Cell name : header) {
				cells.put(name.getStringCellValue(), row.getCell(name.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Every row whose first cell is a label and second a number. */
	static Map<String, Double> labelCounts(Sheet summary) {
		Map<String, Double> counts = new HashMap<>();
		for (Row row : summary) {
			Cell label = row.getCell(0);
			Cell count = row.getCell(1);
			if (label != null && count != null && label.getCellType() == CellType.STRING
					&& count.getCellType() == CellType.NUMERIC) {
				counts.putIfAbsent(label.getStringCellValue(), count.getNumericCellValue());
			}
		}
		return counts;
	}

	private static String summaryText(Sheet summary) {
		StringBuilder text = new StringBuilder();
		summary.forEach(row -> row.forEach(cell -> text.append(FORMAT.formatCellValue(cell)).append('\t')));
		return text.toString();
	}

	/** read, audited, rejected, blank per file; read is always the sum of the other three. */
	private static void assertFileAccounts(Sheet summary, Map<String, int[]> expected) {
		Map<String, int[]> found = new HashMap<>();
		IngestionJobTest.accounts(summary).forEach((file, a) -> {
			assertThat(a.read()).isEqualTo(a.audited() + a.rejected() + a.blank() + a.superseded());
			found.put(file.split("\\|")[0], new int[] { a.read(), a.audited(), a.rejected(), a.blank() });
		});
		assertThat(found).containsOnlyKeys(expected.keySet().toArray(String[]::new));
		expected.forEach((file, counts) -> assertThat(found.get(file)).as(file).containsExactly(counts));
	}

	static String text(Cell cell) {
		return cell == null ? "" : FORMAT.formatCellValue(cell);
	}

	static LocalDate date(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

}
