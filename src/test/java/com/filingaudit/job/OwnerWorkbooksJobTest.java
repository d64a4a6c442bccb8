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
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beside the main workbook, one per owner with only that owner's filings, under safe file names. */
class OwnerWorkbooksJobTest {

	@TempDir
	Path root;

	@Test
	void eachOwnerGetsAWorkbookWithExactlyTheirFilings() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至,负责人
				甲公司,文网文,京网文〔2023〕1001-001号,2026-03-10,王蕾
				乙公司,文网文,京网文〔2023〕1002-001号,2026-03-20,王蕾
				丙公司,文网文,京网文〔2023〕1003-001号,2026-03-20,陈昊
				丁公司,文网文,京网文〔2023〕1004-001号,2026-03-20,../../etc/passwd
				戊公司,文网文,京网文〔2023〕1005-001号,2026-03-20,
				己公司,文网文,京网文〔2023〕1006-001号,2028-03-20,陈昊
				""");

		assertThat(run.once("2026-03-12", "--audit.locale=en")).isZero();

		Path folder = run.reports.resolve("2026-03-12");
		List<String> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertThat(files).containsExactlyInAnyOrder("findings.csv", "王蕾.xlsx", "陈昊.xlsx", "_.._etc_passwd.xlsx",
				"(none).xlsx");
		assertThat(companies(folder.resolve("王蕾.xlsx"))).containsExactlyInAnyOrder("甲公司", "乙公司");
		assertThat(companies(folder.resolve("陈昊.xlsx"))).containsExactly("丙公司");
		assertThat(companies(folder.resolve("(none).xlsx"))).containsExactly("戊公司");
		try (Workbook wang = open(folder.resolve("王蕾.xlsx"))) {
			assertThat(FilingAuditJobTest.sheetNames(wang)).containsExactly("Summary", "Lapsed", "Risky", "Expiring",
					"Rejected");
			assertThat(FilingAuditJobTest.labelCounts(wang.getSheet("Summary"))).containsEntry("Lapsed", 1.0)
				.containsEntry("Risky", 1.0)
				.containsEntry("OK", 0.0);
		}
		try (Workbook chen = open(folder.resolve("陈昊.xlsx"))) {
			assertThat(FilingAuditJobTest.labelCounts(chen.getSheet("Summary"))).containsEntry("OK", 1.0);
		}
	}

	@Test
	void registersWithoutOwnersGetNoOwnerWorkbooks() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), "企业名称,许可类型,证书编号,有效期至\n甲公司,文网文,京网文〔2023〕1001-001号,2026-03-10\n");

		assertThat(run.once("2026-03-12")).isZero();

		try (Stream<Path> list = Files.list(run.reports.resolve("2026-03-12"))) {
			assertThat(list.map(p -> p.getFileName().toString())).containsExactly("findings.csv");
		}
	}

	/** More owners than one pass over the rows fills: each owner's workbook still holds exactly their rows, in order. */
	@Test
	void manyOwnersEachGetTheirRowsOfTheMainWorkbookInItsOrder() throws IOException {
		AuditRun run = new AuditRun(root);
		StringBuilder register = new StringBuilder("企业名称,许可类型,证书编号,有效期至,负责人\n");
		int owners = 29;
		for (int i = 0; i < 300; i++) {
			String expiry = i % 3 == 0 ? "2026-03-0" + (1 + i % 9) : i % 3 == 1 ? "2026-04-1" + (i % 10) : "2028-01-01";
			register.append("公司").append(i).append(",文网文,京网文〔2023〕").append(1000 + i).append("-001号,")
				.append(expiry).append(",经理").append(i % owners).append('\n');
		}
		Files.writeString(run.input.resolve("r.csv"), register);

		assertThat(run.once("2026-03-12", "--audit.locale=en")).isZero();

		List<String> all = companies(run.reports.resolve("filing-audit-2026-03-12.xlsx"));
		Path folder = run.reports.resolve("2026-03-12");
		for (int owner = 0; owner < owners; owner++) {
			int mine = owner;
			List<String> expected = all.stream()
				.filter(company -> Integer.parseInt(company.substring(2)) % owners == mine)
				.toList();
			assertThat(companies(folder.resolve("经理" + owner + ".xlsx"))).as("经理" + owner)
				.isNotEmpty()
				.containsExactlyElementsOf(expected);
		}
	}

	/**
	 * New in an owner's workbook, as in the main one, compares groups by severity: a filing whose two rows were Lapsed
	 * and Expiring last night and still are is new in neither sheet; one that went from Expiring to Lapsed is new.
	 */
	@Test
	void newInAnOwnersWorkbookFollowsTheGroupsSeverityAcrossRuns() throws IOException {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("r.csv");
		String unchanged = """
				企业名称,许可类型,证书编号,有效期至,负责人
				两证公司,文网文,,2026-01-20,王蕾
				两证公司,文网文,,2026-03-10,王蕾
				一直失效公司,文网文,京网文〔2023〕3002-001号,2026-01-10,陈昊
				""";
		Files.writeString(register, unchanged + "转失效公司,文网文,京网文〔2023〕3001-001号,2026-03-12,王蕾\n");
		assertThat(run.once("2026-02-01", "--audit.locale=en")).isZero();
		Files.writeString(register, unchanged + "转失效公司,文网文,京网文〔2023〕3001-001号,2026-01-25,王蕾\n");
		assertThat(run.once("2026-02-03", "--audit.locale=en")).isZero();

		Path folder = run.reports.resolve("2026-02-03");
		try (Workbook wang = open(folder.resolve("王蕾.xlsx"))) {
			assertThat(table(wang.getSheet("Lapsed"))).extracting(r -> text(r.get("Company")) + " " + text(r.get("New")))
				.containsExactlyInAnyOrder("两证公司 ", "转失效公司 new");
			assertThat(table(wang.getSheet("Expiring"))).extracting(r -> text(r.get("Company")) + " " + text(r.get("New")))
				.containsExactly("两证公司 ");
			Sheet summary = wang.getSheet("Summary");
			assertThat(DashboardJobTest.rowOf(summary, "Newly Lapsed").getCell(6).getStringCellValue()).isEqualTo("1");
			assertThat(DashboardJobTest.rowOf(summary, "Newly Expiring").getCell(6).getStringCellValue())
				.isEqualTo("0");
		}
		try (Workbook chen = open(folder.resolve("陈昊.xlsx"))) {
			assertThat(table(chen.getSheet("Lapsed"))).extracting(r -> text(r.get("Company")) + " " + text(r.get("New")))
				.containsExactly("一直失效公司 ");
			assertThat(DashboardJobTest.rowOf(chen.getSheet("Summary"), "Newly Lapsed").getCell(6).getStringCellValue())
				.isEqualTo("0");
		}
	}

	private static List<String> companies(Path workbook) throws IOException {
		List<String> companies = new ArrayList<>();
		try (Workbook report = open(workbook)) {
			for (String sheet : List.of("Lapsed", "Risky", "Expiring")) {
				table(report.getSheet(sheet)).forEach(r -> companies.add(text(r.get("Company"))));
			}
		}
		return companies;
	}

}
