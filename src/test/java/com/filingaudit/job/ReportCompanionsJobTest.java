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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run leaves beside its workbook, and how the group sheets show urgency and print. */
class ReportCompanionsJobTest {

	@TempDir
	Path root;

	@Test
	void groupSheetsShowUrgencyTiersWithFillsAndPrintOnePageWide() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至
				逾期公司,文网文,京网文〔2023〕1001-001号,2026-03-20
				七天公司,文网文,京网文〔2023〕1002-001号,2026-04-06
				十四天公司,文网文,京网文〔2023〕1003-001号,2026-04-13
				十五天公司,文网文,京网文〔2023〕1004-001号,2026-04-15
				""");

		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();

		try (Workbook report = open(run.workbooks().get(0))) {
			Sheet risky = report.getSheet("Risky");
			List<Map<String, Cell>> rows = table(risky);
			rows.addAll(table(report.getSheet("Expiring")));
			assertThat(rows).extracting(r -> text(r.get("Company")) + ":" + text(r.get("Urgency")))
				.containsExactlyInAnyOrder("逾期公司:overdue", "七天公司:≤7 days", "十四天公司:≤14 days", "十五天公司:≤30 days");
			assertThat(rows).map(r -> fill(r.get("Urgency"))).doesNotHaveDuplicates().doesNotContainNull();
			assertThat(risky.getPrintSetup().getLandscape()).isTrue();
			assertThat(risky.getFitToPage()).isTrue();
			assertThat(risky.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(risky.getRepeatingRows().formatAsString()).isEqualTo("1:1");
			assertThat(report.getFontAt(0).getFontName()).isEqualTo("Microsoft YaHei");
		}
	}

	@Test
	void findingsCsvBesideTheWorkbookIsUtf8WithBomAndNeverAFormula() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至,负责人
				"=HYPERLINK(""http://evil.example"",""点我"")",文网文,京网文〔2023〕1001-001号,2026-03-20,@王蕾
				+加号公司,文网文,-1001,2026-03-20,\tTab
				""");

		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();

		for (Path csv : List.of(run.reports.resolve("findings.csv"), run.reports.resolve("2026-03-01/findings.csv"))) {
			byte[] bytes = Files.readAllBytes(csv);
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String content = new String(bytes, StandardCharsets.UTF_8).substring(1);
			try (CSVParser parser = CSVParser.parse(content, CSVFormat.DEFAULT.builder().setHeader().get())) {
				List<CSVRecord> records = parser.getRecords();
				assertThat(parser.getHeaderNames()).contains("company", "finding", "deadline", "source");
				assertThat(records).extracting(r -> r.get("company"))
					.contains("'=HYPERLINK(\"http://evil.example\",\"点我\")", "'+加号公司");
				assertThat(records).extracting(r -> r.get("filing_no")).contains("'-1001");
				assertThat(records).extracting(r -> r.get("owner")).contains("'@王蕾");
				assertThat(records).allSatisfy(r -> assertThat(r.get("company")).doesNotStartWith("=").doesNotStartWith("+"));
				assertThat(records).extracting(r -> r.get("finding")).contains("RENEWAL_OVERDUE", "INVALID_FILING_NO");
			}
		}
		try (Workbook report = open(run.workbooks().get(0))) {
			report.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType())
				.isNotEqualTo(CellType.FORMULA))));
		}
	}

	@Test
	void findingsCsvListsEachFindingGroupByGroupIncludingNotesOnOkFilings() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至,状态
				状态不明公司,文网文,京网文〔2023〕1003-001号,2029-01-01,待核查
				一切正常公司,文网文,京网文〔2023〕1004-001号,2029-01-01,
				即将到期公司,文网文,京网文〔2023〕1005-001号,2026-04-10,
				续期逾期公司,文网文,京网文〔2023〕1002-001号,2026-03-20,
				已失效公司,文网文,京网文〔2023〕1001-001号,2026-02-20,
				""");

		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();

		String content = Files.readString(run.reports.resolve("findings.csv"), StandardCharsets.UTF_8).substring(1);
		try (CSVParser parser = CSVParser.parse(content, CSVFormat.DEFAULT.builder().setHeader().get())) {
			// the most severe group first; an OK filing is listed for its note, one without findings not at all
			assertThat(parser.getRecords()).extracting(r -> r.get("group") + " " + r.get("company"))
				.containsExactly("LAPSED 已失效公司", "RISKY 续期逾期公司", "EXPIRING 即将到期公司", "OK 状态不明公司");
		}
	}

	/**
	 * Cell values are cleaned of leading spaces, but a file name may start with anything: each lead that makes a
	 * spreadsheet read a formula (OWASP: =, +, -, @, tab, carriage return) comes out quoted, the rest as it was.
	 */
	@Test
	void findingsCsvQuotesEveryLeadThatStartsAFormula() throws IOException {
		AuditRun run = new AuditRun(root);
		List<String> leads = List.of("=", "+", "-", "@", "\t", "\r");
		for (String lead : leads) {
			Files.writeString(run.input.resolve(lead + "台账.csv"), "企业名称,许可类型,证书编号,有效期至\n过期公司,文网文,京网文〔2023〕1001-00"
					+ leads.indexOf(lead) + "号,2026-02-01\n");
		}
		Files.writeString(run.input.resolve("普通台账.csv"), "企业名称,许可类型,证书编号,有效期至\n过期公司,文网文,京网文〔2023〕1001-009号,2026-02-01\n");

		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();

		String content = Files.readString(run.reports.resolve("findings.csv"), StandardCharsets.UTF_8).substring(1);
		try (CSVParser parser = CSVParser.parse(content, CSVFormat.DEFAULT.builder().setHeader().get())) {
			assertThat(parser.getRecords()).extracting(r -> r.get("source"))
				.containsExactlyInAnyOrder("'=台账.csv, row 2", "'+台账.csv, row 2", "'-台账.csv, row 2",
						"'@台账.csv, row 2", "'\t台账.csv, row 2", "'\r台账.csv, row 2", "普通台账.csv, row 2");
		}
	}

	@Test
	void latestIsACopyOfTheNewestAndOldReportsAreRemovedButNeverTheNewest() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), "企业名称,许可类型,证书编号,有效期至\nA公司,文网文,京网文〔2023〕1001-001号,2026-03-20\n");
		Files.createDirectories(run.reports);
		Path ancient = Files.writeString(run.reports.resolve("filing-audit-2025-01-01.xlsx"), "old");
		Path ancientFolder = Files.createDirectories(run.reports.resolve("2025-01-01"));
		Path recent = Files.writeString(run.reports.resolve("filing-audit-2026-02-01.xlsx"), "recent");
		Path unrelated = Files.writeString(run.reports.resolve("notes.txt"), "mine");
		FileTime longAgo = FileTime.from(Instant.now().minus(120, ChronoUnit.DAYS));
		for (Path old : List.of(ancient, ancientFolder, unrelated)) {
			Files.setLastModifiedTime(old, longAgo);
		}

		assertThat(run.once("2026-03-01", "--audit.reports.keep-days=90")).isZero();

		assertThat(ancient).doesNotExist();
		assertThat(ancientFolder).doesNotExist();
		assertThat(recent).exists();
		assertThat(unrelated).exists();
		Path newest = run.reports.resolve("filing-audit-2026-03-01.xlsx");
		assertThat(Files.readAllBytes(run.reports.resolve("latest.xlsx"))).isEqualTo(Files.readAllBytes(newest));

		Files.setLastModifiedTime(newest, longAgo);
		assertThat(run.once("2026-03-01", "--audit.reports.keep-days=90")).isZero();

		assertThat(run.reports.resolve("filing-audit-2026-03-01-2.xlsx")).exists();
		assertThat(newest).doesNotExist();
		assertThat(Files.readAllBytes(run.reports.resolve("latest.xlsx")))
			.isEqualTo(Files.readAllBytes(run.reports.resolve("filing-audit-2026-03-01-2.xlsx")));
	}

	private static String fill(Cell cell) {
		XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
		return style.getFillForegroundXSSFColor() == null ? null : style.getFillForegroundXSSFColor().getARGBHex();
	}

}
