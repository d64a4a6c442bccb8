package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.date;
import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Registers that write the year last: refused where day and month could be either way round, unless the run or the
 * file's own settings say which order the register uses.
 */
class DateOrderJobTest {

	@TempDir
	Path root;

	/** A validity range is read in the same order as single dates, and never taken for the one date it could be. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			发证日期,有效期至  | 03/04/2022,03/04/2027    | 发证日期, 有效期至
			有效期起止        | 03/04/2022 - 03/04/2027 | 有效期起止
			""")
	void ambiguousDatesAreRefusedUntilTheRunSaysMonthFirst(String dateColumns, String dates, String rejectedColumns)
			throws IOException {
		String register = "企业名称,许可类型,证书编号," + dateColumns + "\n美元科技有限公司,ICP证,京B2-20220304," + dates + "\n";
		AuditRun refused = new AuditRun(root.resolve("default"));
		Files.writeString(refused.input.resolve("register.csv"), register);
		AuditRun monthFirst = new AuditRun(root.resolve("mdy"));
		Files.writeString(monthFirst.input.resolve("register.csv"), register);

		assertThat(refused.once("2027-01-05", "--audit.locale=en")).isZero();
		assertThat(monthFirst.once("2027-01-05", "--audit.locale=en", "--audit.ingest.date-order=MDY")).isZero();

		try (Workbook report = open(refused.workbooks().get(0))) {
			assertThat(filings(report)).isEmpty();
			assertThat(table(report.getSheet("Rejected"))).singleElement().satisfies(r -> {
				assertThat(text(r.get("Column"))).isEqualTo(rejectedColumns);
				assertThat(text(r.get("Reason"))).as("said once for all the cells")
					.isEqualTo("Day and month could be either way round: write it like 2027-03-04 or 2027年3月4日, "
							+ "or say how the register writes dates (audit.ingest.date-order=DMY or MDY).");
			});
		}
		try (Workbook report = open(monthFirst.workbooks().get(0))) {
			assertThat(table(report.getSheet("Rejected"))).isEmpty();
			Map<String, Cell> filing = filings(report).get("美元科技有限公司");
			assertThat(date(filing.get("Issue Date"))).isEqualTo(LocalDate.of(2022, 3, 4));
			assertThat(date(filing.get("Expiry Date"))).isEqualTo(LocalDate.of(2027, 3, 4));
		}
	}

	@Test
	void eachExportIsReadInTheOrderAndWithTheColumnsItsSettingsGive() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("us_hq_licences.csv"), """
				LICENSE ID,LEGAL NAME,LICENSE DESCRIPTION,LICENSE NUMBER,DATE ISSUED,LICENSE TERM EXPIRATION DATE
				1572528,Acme Shanghai Co.,ICP License,沪B2-20220304,03/04/2022,03/04/2027
				1572529,Acme Beijing Co.,EDI License,京B2-20220115,01/15/2022,02/28/2027
				""");
		Files.writeString(run.input.resolve("uk_office.csv"), """
				企业名称,许可类型,证书编号,发证日期,有效期至
				英伦科技有限公司,ICP证,京B2-20220403,03.04.2022,03.04.2027
				""");
		Files.writeString(run.input.resolve("中国登记表.csv"), """
				企业名称,许可类型,证书编号,发证日期,有效期至
				本地科技有限公司,ICP证,京B2-20220505,2022-03-04,03/04/2027
				""");
		Path settings = Files.writeString(root.resolve("file-settings.yml"), """
				files:
				  - match: "us_*.csv"
				    dateOrder: MDY
				    columns:
				      company: LEGAL NAME
				      filingType: LICENSE DESCRIPTION
				      filingNo: LICENSE NUMBER
				      issueDate: DATE ISSUED
				      expiryDate: LICENSE TERM EXPIRATION DATE
				  - match: "uk_*"
				    dateOrder: DMY
				""");

		assertThat(run.once("2027-01-05", "--audit.locale=en", "--audit.ingest.file-settings=" + settings)).isZero();

		try (Workbook report = open(run.workbooks().get(0))) {
			Map<String, Map<String, Cell>> filings = filings(report);
			assertThat(filings).containsOnlyKeys("Acme Shanghai Co.", "Acme Beijing Co.", "英伦科技有限公司");
			assertThat(date(filings.get("Acme Shanghai Co.").get("Expiry Date"))).isEqualTo(LocalDate.of(2027, 3, 4));
			assertThat(date(filings.get("Acme Beijing Co.").get("Issue Date"))).isEqualTo(LocalDate.of(2022, 1, 15));
			assertThat(date(filings.get("英伦科技有限公司").get("Expiry Date"))).isEqualTo(LocalDate.of(2027, 4, 3));
			assertThat(table(report.getSheet("Rejected"))).singleElement().satisfies(r -> {
				assertThat(text(r.get("Source"))).startsWith("中国登记表.csv");
				assertThat(text(r.get("Value"))).isEqualTo("03/04/2027");
			});
		}
	}

	private static Map<String, Map<String, Cell>> filings(Workbook report) {
		Map<String, Map<String, Cell>> filings = new HashMap<>();
		for (String group : List.of("Lapsed", "Risky", "Expiring")) {
			table(report.getSheet(group)).forEach(row -> filings.put(text(row.get("Company")), row));
		}
		return filings;
	}

}
