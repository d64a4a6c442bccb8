package com.filingaudit.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.testdb.TestDatabase;

/** {@code --audit.remind.people}: a list imported whole before the run, or not at all, saying why. */
@ExtendWith(OutputCaptureExtension.class)
class PeopleImportJobTest {

	@TempDir
	Path root;

	@Test
	void aListWithBadRowsImportsNothingAndTheSummarySaysWhyRowByRow() throws IOException, SQLException {
		Files.write(root.resolve("people.csv"), """
				人员名单（2026年11月）
				姓名,邮箱,上级
				王蕾,wanglei@example.com,李娜
				,nobody@example.com,
				陈昊,chenhao-at-example.com,李娜
				赵敏,zhaomin@example.com,不存在的人
				王蕾,wanglei2@example.com,
				李娜,lina@example.com,
				""".getBytes(Charset.forName("GBK")));

		assertThat(run("people.csv")).isZero();

		assertThat(people()).isEmpty();
		String summary = summaryText();
		assertThat(summary).contains("The people list people.csv was not imported")
			.contains("row 4, 姓名 “”: No name")
			.contains("row 5, 邮箱 “chenhao-at-example.com”: Not an email address.")
			.contains("row 6, 上级 “不存在的人”: The manager 不存在的人 is neither in this list nor in the directory.")
			.contains("row 7, 姓名 “王蕾”: This name is given twice.");
	}

	@Test
	void aGoodListIsImportedAndALaterBadOneLeavesTheDirectoryAsItWas() throws IOException, SQLException {
		Files.writeString(root.resolve("good.csv"), """
				Name,Email,Manager,Language
				Wang Lei,wanglei@example.com,Li Na,en
				Li Na,lina@example.com,,zh
				""");
		Files.writeString(root.resolve("bad.csv"), """
				Name,Email,Manager
				Wang Lei,not-an-address,
				""");

		assertThat(run("good.csv")).isZero();
		assertThat(run("bad.csv")).isZero();

		assertThat(people()).containsExactly("Li Na lina@example.com null zh-CN",
				"Wang Lei wanglei@example.com Li Na en");
	}

	@Test
	void valuesLongerThanTheDirectoryKeepsAreRefusedWithTheirReasonAndTheRunGoesOn(CapturedOutput output)
			throws IOException, SQLException {
		String longName = "王".repeat(250);
		String longEmail = "a".repeat(320) + "@example.com";
		Files.writeString(root.resolve("long.csv"), """
				Name,Email,Manager
				%s,long@example.com,
				Li Na,%s,
				Wang Lei,wanglei@example.com,%s
				""".formatted(longName, longEmail, longName));

		assertThat(run("long.csv")).isZero();

		assertThat(people()).isEmpty();
		assertThat(summaryText()).contains("The people list long.csv was not imported")
			.contains("row 2, 姓名 “" + "王".repeat(40) + "…”: The value is 250 characters long; at most 200 are accepted.")
			.contains("row 3, 邮箱 “" + "a".repeat(40) + "…”: The value is 332 characters long; at most 320 are accepted.")
			.contains("row 4, 上级 “" + "王".repeat(40) + "…”: The value is 250 characters long; at most 200 are accepted.");
		assertThat(output).contains("The people list long.csv was not imported");
		try (var reports = Files.list(root.resolve("reports"))) {
			assertThat(reports.filter(f -> f.toString().endsWith(".xlsx"))).as("the run went on and wrote its report")
				.isNotEmpty();
		}
	}

	@Test
	void aFileThatIsNoPeopleListIsRefusedWithItsReason() throws IOException, SQLException {
		Files.writeString(root.resolve("wrong.csv"), """
				企业名称,许可类型
				甲公司,ICP证
				""");

		assertThat(run("wrong.csv")).isZero();

		assertThat(people()).isEmpty();
		assertThat(summaryText()).contains("The people list wrong.csv was not imported: No header row names the columns");
	}

	private int run(String list) throws IOException {
		Files.createDirectories(root.resolve("input"));
		List<String> args = new ArrayList<>(List.of("--audit.once=true", "--audit.as-of=2026-11-23", "--audit.locale=en",
				"--audit.input-dir=" + root.resolve("input"), "--audit.reports-dir=" + root.resolve("reports"),
				"--audit.data-dir=" + root.resolve("data"), "--audit.remind.people=" + root.resolve(list)));
		args.addAll(TestDatabase.arguments(root.resolve("data")));
		return SpringApplication.exit(new SpringApplicationBuilder(FilingAuditApplication.class)
			.run(args.toArray(String[]::new)));
	}

	private List<String> people() throws SQLException {
		try (Connection db = TestDatabase.connect(root.resolve("data"))) {
			return new JdbcTemplate(new SingleConnectionDataSource(db, true)).queryForList(
					"SELECT NAME || ' ' || EMAIL || ' ' || COALESCE(MANAGER, 'null') || ' ' || LOCALE FROM PERSON ORDER BY NAME",
					String.class);
		}
	}

	private String summaryText() throws IOException {
		Path workbook;
		try (var files = Files.list(root.resolve("reports"))) {
			workbook = files.filter(f -> f.getFileName().toString().startsWith("filing-audit-")).sorted().reduce((a, b) -> b)
				.orElseThrow();
		}
		List<String> texts = new ArrayList<>();
		try (Workbook report = WorkbookFactory.create(workbook.toFile())) {
			report.getSheet("Summary").forEach(row -> row.forEach(c -> texts.add(new DataFormatter().formatCellValue(c))));
		}
		return String.join("\n", texts);
	}

}
