package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Summary as a dashboard, across two runs. */
class DashboardJobTest {

	@TempDir
	Path root;

	@Test
	void aFilingMovedFromExpiringToLapsedIsNewlyLapsedAndARenewedOneIsResolved() throws IOException {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("r.csv");
		Files.writeString(register, """
				企业名称,许可类型,证书编号,有效期至,负责人,所属地区
				即将失效公司,文网文,京网文〔2023〕1001-001号,2026-03-10,王蕾,北京
				已续期公司,文网文,京网文〔2023〕1002-001号,2026-03-15,陈昊,上海
				一直正常公司,文网文,京网文〔2023〕1003-001号,2028-01-01,王蕾,北京
				""");
		assertThat(run.once("2026-02-01", "--audit.locale=en")).isZero();
		Files.writeString(register, """
				企业名称,许可类型,证书编号,有效期至,负责人,所属地区
				即将失效公司,文网文,京网文〔2023〕1001-001号,2026-03-10,王蕾,北京
				已续期公司,文网文,京网文〔2023〕1002-001号,2029-03-24,陈昊,上海
				一直正常公司,文网文,京网文〔2023〕1003-001号,2028-01-01,王蕾,北京
				""");
		assertThat(run.once("2026-03-12", "--audit.locale=en")).isZero();

		try (Workbook first = open(run.reports.resolve("filing-audit-2026-02-01.xlsx"))) {
			assertThat(texts(first.getSheet("Summary"))).contains("First run: there is nothing to compare with yet.");
			assertThat(table(first.getSheet("Expiring"))).map(r -> text(r.get("Company")))
				.containsExactlyInAnyOrder("即将失效公司", "已续期公司");
			assertThat(table(first.getSheet("Expiring"))).allSatisfy(r -> assertThat(text(r.get("New"))).isEmpty());
		}
		try (Workbook second = open(run.reports.resolve("filing-audit-2026-03-12.xlsx"))) {
			assertThat(second.getSheetName(0)).isEqualTo("Summary");
			Sheet summary = second.getSheet("Summary");
			assertThat(FilingAuditJobTest.labelCounts(summary)).containsEntry("Lapsed", 1.0)
				.containsEntry("Risky", 0.0)
				.containsEntry("OK", 2.0);

			List<String> texts = texts(summary);
			assertThat(texts).contains("compared with the run as of 2026-02-01");
			Cell newlyLapsed = cellBelow(summary, "Newly Lapsed");
			assertThat(newlyLapsed.getStringCellValue()).isEqualTo("即将失效公司");
			Hyperlink link = newlyLapsed.getHyperlink();
			assertThat(link.getAddress()).isEqualTo("'Lapsed'!A2");
			assertThat(second.getSheet("Lapsed").getRow(1).getCell(0).getStringCellValue()).isEqualTo("即将失效公司");
			assertThat(cellBelow(summary, "Resolved (OK or gone now)").getStringCellValue()).isEqualTo("已续期公司");
			assertThat(cellBelow(summary, "The ten most urgent").getHyperlink().getAddress()).isEqualTo("'Lapsed'!A2");

			Map<String, Cell> lapsed = table(second.getSheet("Lapsed")).get(0);
			assertThat(text(lapsed.get("New"))).isEqualTo("new");
			assertThat(text(lapsed.get("Exposure"))).isEqualTo("warning");

			assertThat(cellBelow(summary, "By owner").getStringCellValue()).isEqualTo("王蕾");
			assertThat(cellBelow(summary, "By region").getStringCellValue()).isEqualTo("北京");
			assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts()).singleElement()
				.satisfies(chart -> assertThat(chart.getTitleText().getString()).contains("by filing type"));
			assertThat(summaryCountLink(summary, "Lapsed")).isEqualTo("'Lapsed'!A1");
		}
	}

	@Test
	void newAndTheChangesCompareGroupsBySeverityNotByName() throws IOException {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("r.csv");
		// Two licences of one type and company without numbers are one filing across runs: one Lapsed, one Expiring.
		Files.writeString(register, """
				企业名称,许可类型,证书编号,有效期至
				两证公司,文网文,,2026-01-20
				两证公司,文网文,,2026-03-10
				甲失效公司,文网文,京网文〔2023〕2001-001号,2026-01-25
				乙风险公司,ICP证,京B2-20232002,2026-02-20
				丙将到期公司,文网文,京网文〔2023〕2003-001号,2026-03-12
				""");
		assertThat(run.once("2026-02-01", "--audit.locale=en")).isZero();
		Files.writeString(register, """
				企业名称,许可类型,证书编号,有效期至
				两证公司,文网文,,2026-01-20
				两证公司,文网文,,2026-03-10
				甲失效公司,文网文,京网文〔2023〕2001-001号,2029-01-25
				乙风险公司,ICP证,京B2-20232002,2029-02-20
				丙将到期公司,文网文,京网文〔2023〕2003-001号,2029-03-12
				""");
		assertThat(run.once("2026-02-03", "--audit.locale=en")).isZero();

		try (Workbook second = open(run.reports.resolve("filing-audit-2026-02-03.xlsx"))) {
			assertThat(table(second.getSheet("Lapsed"))).singleElement()
				.satisfies(r -> assertThat(text(r.get("New"))).isEmpty());
			assertThat(table(second.getSheet("Expiring"))).singleElement()
				.satisfies(r -> assertThat(text(r.get("New"))).isEmpty());
			Sheet summary = second.getSheet("Summary");
			assertThat(rowOf(summary, "Newly Lapsed").getCell(6).getStringCellValue()).isEqualTo("0");
			assertThat(rowOf(summary, "Newly Expiring").getCell(6).getStringCellValue()).isEqualTo("0");
			assertThat(linesBelow(summary, "Resolved (OK or gone now)")).containsExactly("甲失效公司 Lapsed",
					"乙风险公司 Risky", "丙将到期公司 Expiring");
		}
	}

	@Test
	void theSummaryReadsAsAGridNumbersUnderTheirHeadersCountsAgainstTheirLabelsTheChartBesideItsTable()
			throws IOException {
		try (Workbook report = gridReport()) {
			XSSFSheet summary = (XSSFSheet) report.getSheet("Summary");
			Row byType = rowOf(summary, "By filing type");
			Row firstType = summary.getRow(byType.getRowNum() + 1);
			for (int column = 1; column <= 5; column++) {
				assertThat(byType.getCell(column).getCellStyle().getAlignment()).as("header of column %d", column)
					.isEqualTo(HorizontalAlignment.RIGHT);
				assertThat(firstType.getCell(column).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(summary.getColumnWidth(column)).as("number column %d", column).isLessThanOrEqualTo(16 * 256);
			}
			Row lapsed = rowOf(summary, "Lapsed");
			assertThat(lapsed.getCell(1).getNumericCellValue()).isEqualTo(1);
			assertThat(lapsed.getCell(1).getCellStyle().getAlignment()).as("the count against its label")
				.isEqualTo(HorizontalAlignment.LEFT);
			assertIndented(rowOf(summary, "Group").getCell(1), "the Count header, as its counts are");
			assertIndented(lapsed.getCell(1), "a count");
			Row mostUrgent = rowOf(summary, "The ten most urgent");
			assertThat(summary.getMergedRegions()).as("type names over two narrow columns")
				.anySatisfy(region -> assertThat(region.formatAsString())
					.isEqualTo("B" + (mostUrgent.getRowNum() + 1) + ":C" + (mostUrgent.getRowNum() + 1)));
			XSSFClientAnchor chart = (XSSFClientAnchor) summary.getDrawingPatriarch().getShapes().get(0).getAnchor();
			assertThat((int) chart.getCol1()).as("the chart right after the table's Total column %s",
					byType.getCell(5).getStringCellValue()).isEqualTo(6);
			assertThat(chart.getRow1()).isEqualTo(byType.getRowNum());
		}
	}

	@Test
	void theSummarysLongTablesShadeEveryOtherLineAndSetTheirNotesOffTheNumbers() throws IOException {
		try (Workbook report = gridReport()) {
			XSSFSheet summary = (XSSFSheet) report.getSheet("Summary");
			int byType = rowOf(summary, "By filing type").getRowNum();
			for (int column = 0; column <= 5; column++) {
				assertThat(summary.getRow(byType + 1).getCell(column).getCellStyle().getFillPattern())
					.as("first line, column %d", column).isEqualTo(FillPatternType.NO_FILL);
				assertThat(summary.getRow(byType + 2).getCell(column).getCellStyle().getFillPattern())
					.as("second line, column %d", column).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			}
			Row files = rowOf(summary, "Input file");
			Row file = summary.getRow(files.getRowNum() + 1);
			for (int column = 2; column <= 6; column++) {
				assertThat(files.getCell(column).getCellStyle().getAlignment()).as("header of column %d", column)
					.isEqualTo(HorizontalAlignment.RIGHT);
				assertThat(file.getCell(column).getCellType()).as("column %d", column).isEqualTo(CellType.NUMERIC);
			}
			assertThat(files.getCell(7).getStringCellValue()).isEqualTo("Note");
			assertIndented(files.getCell(7), "the Note header");
			assertIndented(file.getCell(7), "a note");
			Row superseded = rowOf(summary, "Superseded row (audited once, from a newer row)");
			assertThat(summary.getMergedRegions()).as("the newer row's header over the width its places run on")
				.anySatisfy(region -> assertThat(region.formatAsString())
					.isEqualTo("B" + (superseded.getRowNum() + 1) + ":E" + (superseded.getRowNum() + 1)));
		}
	}

	/** Two types, a lapsed filing with a long company name, and a row superseded by a later copy of itself. */
	private Workbook gridReport() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至
				一家名字相当长的网络文化传媒科技股份有限公司,文网文,京网文〔2023〕1001-001号,2026-01-10
				乙公司,增值电信业务经营许可证（ICP）,京B2-20230001,2026-02-20
				乙公司,增值电信业务经营许可证（ICP）,京B2-20230001,2026-02-20
				""");
		assertThat(run.once("2026-02-01", "--audit.locale=en")).isZero();
		return open(run.workbooks().get(0));
	}

	/** Indented as Excel shows it: an indent counts only in a cell aligned left (or right), not in General. */
	private static void assertIndented(Cell cell, String what) {
		assertThat(cell.getCellStyle().getAlignment()).as(what).isEqualTo(HorizontalAlignment.LEFT);
		assertThat(cell.getCellStyle().getIndention()).as(what).isEqualTo((short) 1);
	}

	static Row rowOf(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (label.equals(text(row.getCell(0)))) {
				return row;
			}
		}
		throw new AssertionError("no row " + label);
	}

	/** Company and group of each line of a Summary table, up to the next blank row. */
	private static List<String> linesBelow(Sheet sheet, String label) {
		List<String> lines = new ArrayList<>();
		for (int r = rowOf(sheet, label).getRowNum() + 1; sheet.getRow(r) != null
				&& !text(sheet.getRow(r).getCell(0)).isEmpty(); r++) {
			lines.add(text(sheet.getRow(r).getCell(0)) + " " + text(sheet.getRow(r).getCell(5)));
		}
		return lines;
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		sheet.forEach(row -> row.forEach(cell -> texts.add(text(cell))));
		return texts;
	}

	/** The first cell of the row below the row whose first cell reads {@code label}. */
	private static Cell cellBelow(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (label.equals(text(row.getCell(0)))) {
				return sheet.getRow(row.getRowNum() + 1).getCell(0);
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static String summaryCountLink(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (label.equals(text(row.getCell(0))) && row.getCell(1) != null && row.getCell(1).getHyperlink() != null) {
				return row.getCell(1).getHyperlink().getAddress();
			}
		}
		return null;
	}

}
