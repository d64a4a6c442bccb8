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
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
