package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.filingaudit.ingest.TestWorkbooks;

/**
 * A folder of what analysts really drop: every row read is audited, rejected, blank or superseded; every file that
 * cannot be read is listed with its reason; nothing stops the run.
 */
class IngestionJobTest {

	@TempDir
	Path root;

	@Test
	void everyRowAndFileIsAccountedForAndNoFileStopsTheRun() throws Exception {
		AuditRun run = new AuditRun(root);
		Path older = Files.writeString(run.input.resolve("2026-10 export.csv"), """
				企业名称,许可类型,证书编号,有效期至
				星河云智科技有限公司,ICP证,京B2-20210001,2026-12-01
				蓝鲸文娱传媒有限公司,文网文,京网文〔2023〕1034-029号,2027-06-30
				青禾数据服务有限公司,EDI许可证,浙B2-20220015,2027-03-10
				""");
		Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-10-31T10:00:00Z")));
		Workbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("证照");
		sheet.createRow(0).createCell(0).setCellValue("客户证照台账 2026年11月");
		TestWorkbooks.fill(workbook, sheet, 2, new String[] { "企业名称", "证照类型", "许可证编号", "证书有效期至", "备注" },
				new Object[] { "星河云智科技有限公司", "ICP许可证", "京B2-20210001", LocalDate.of(2031, 12, 1), "已续期" },
				new Object[] { "另一家公司", "网络文化经营许可证", "京网文[2023]1034-029号", LocalDate.of(2027, 6, 30) },
				new Object[] {}, new Object[] { "未知类型公司", "食品经营许可证", "JY1", LocalDate.of(2027, 1, 1) });
		TestWorkbooks.sheet(workbook, "说明", new String[] { "本表由客户提供" });
		Path newer = TestWorkbooks.save(workbook, run.input.resolve("2026-11 export.xlsx"));
		Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-11-20T10:00:00Z")));
		TestWorkbooks.encryptedXlsx(run.input.resolve("locked.xlsx"));
		TestWorkbooks.truncated(run.input.resolve("half-copied.xlsx"));
		Files.createFile(run.input.resolve("empty.csv"));
		Files.writeString(run.input.resolve("~$2026-11 export.xlsx"), "owner");
		Files.writeString(run.input.resolve("download.xlsx.crdownload"), "partial");
		Files.writeString(run.input.resolve("scan.pdf"), "%PDF-1.4");

		assertThat(run.once("2026-12-01", "--audit.locale=en")).isZero();

		try (Workbook report = open(run.workbooks().get(0))) {
			Map<String, Account> accounts = accounts(report.getSheet("Summary"));
			accounts.forEach((file, account) -> assertThat(account.read)
				.as("read = audited + rejected + blank + superseded for %s", file)
				.isEqualTo(account.audited + account.rejected + account.blank + account.superseded));
			assertThat(accounts.get("2026-10 export.csv")).isEqualTo(new Account(3, 2, 0, 0, 1));
			assertThat(accounts.get("2026-11 export.xlsx|证照")).isEqualTo(new Account(4, 2, 1, 1, 0));
			assertThat(accounts.get("2026-11 export.xlsx|证照").note).contains("row 3").doesNotContain("not used");
			assertThat(accounts.get("2026-11 export.xlsx|说明").note).contains("No register header");
			assertThat(accounts.get("~$2026-11 export.xlsx").note).contains("lock file");
			assertThat(accounts.get("download.xlsx.crdownload").note).contains("unfinished download");
			assertThat(accounts.get("scan.pdf").note).contains("Not a register format");

			Map<String, String> rejected = new LinkedHashMap<>();
			table(report.getSheet("Rejected")).forEach(r -> rejected.put(text(r.get("Source")), text(r.get("Reason"))));
			assertThat(rejected).containsKeys("locked.xlsx", "half-copied.xlsx", "empty.csv",
					"2026-11 export.xlsx, sheet 证照, row 7");
			assertThat(rejected.get("locked.xlsx")).contains("password-protected");
			assertThat(rejected.get("half-copied.xlsx")).contains("damaged");
			assertThat(rejected.get("empty.csv")).contains("empty");
			assertThat(rejected.values()).noneMatch(reason -> reason.contains("Exception") || reason.contains("\tat "));

			List<Map<String, Cell>> all = new ArrayList<>();
			for (String group : List.of("Lapsed", "Risky", "Expiring")) {
				all.addAll(table(report.getSheet(group)));
			}
			assertThat(all).map(r -> text(r.get("Filing No.")))
				.filteredOn(no -> no.equals("京B2-20210001"))
				.as("the renewed ICP licence from the newer export is audited once, and is OK")
				.isEmpty();
			assertThat(FilingAuditJobTest.labelCounts(report.getSheet("Summary"))).containsEntry("OK", 1.0);
			List<Map<String, Cell>> conflicting = table(report.getSheet("Risky")).stream()
				.filter(r -> text(r.get("Findings")).equals("DUPLICATE_FILING_NO"))
				.toList();
			assertThat(conflicting).map(r -> text(r.get("Company")))
				.containsExactlyInAnyOrder("蓝鲸文娱传媒有限公司", "另一家公司");
			assertThat(conflicting).map(r -> text(r.get("Details")))
				.anySatisfy(d -> assertThat(d).contains("2026-11 export.xlsx, sheet 证照, row 5"))
				.anySatisfy(d -> assertThat(d).contains("2026-10 export.csv, row 3"));
			assertThat(summaryTexts(report.getSheet("Summary"))).contains("2026-10 export.csv, row 2");
		}
	}

	/** One line of the Summary's accounting table. */
	record Account(int read, int audited, int rejected, int blank, int superseded, String note) {

		Account(int read, int audited, int rejected, int blank, int superseded) {
			this(read, audited, rejected, blank, superseded, "");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Account a && a.read == read && a.audited == audited && a.rejected == rejected
					&& a.blank == blank && a.superseded == superseded;
		}

		@Override
		public int hashCode() {
			return read;
		}

	}

	/** The input-file accounting table of an English Summary, keyed {@code file} or {@code file|sheet}. */
	static Map<String, Account> accounts(Sheet summary) {
		Map<String, Account> accounts = new LinkedHashMap<>();
		boolean inTable = false;
		for (Row row : summary) {
			Cell read = row.getCell(2);
			String first = text(row.getCell(0));
			if (first.equals("Input file")) {
				inTable = true;
				continue;
			}
			if (inTable && first.isEmpty()) {
				break;
			}
			if (inTable && read != null && read.getCellType() == CellType.NUMERIC) {
				String sheet = text(row.getCell(1));
				accounts.put(text(row.getCell(0)) + (sheet.isEmpty() ? "" : "|" + sheet),
						new Account(number(row, 2), number(row, 3), number(row, 4), number(row, 5), number(row, 6),
								text(row.getCell(7))));
			}
		}
		return accounts;
	}

	private static int number(Row row, int column) {
		return (int) row.getCell(column).getNumericCellValue();
	}

	private static String summaryTexts(Sheet summary) {
		StringBuilder all = new StringBuilder();
		summary.forEach(row -> row.forEach(cell -> all.append(text(cell)).append('\n')));
		return all.toString();
	}

}
