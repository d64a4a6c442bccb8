package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each run's results are kept, and the Exposure of a lapse follows its episodes across nightly runs on one data
 * folder: an ongoing lapse is not a repeated one, a later lapse of the same company is.
 */
class EscalationJobTest {

	private static final String HEADER = "企业名称,统一社会信用代码,许可类型,证书编号,有效期至,状态\n";

	/** Lapsed since 2026-01-31: 29, 30 and 31 days on the three nights. */
	private static final String ONGOING = "持续失效公司,,文网文,京网文〔2023〕1001-001号,2026-01-31,\n";

	/** Same company, valid until 2026-03-02: lapses on the third night. */
	private static final String SAME_COMPANY_LATER = "持续失效公司,,文网文,京网文〔2023〕1002-001号,2026-03-02,\n";

	/** Two filings of one company that lapse in the same run. */
	private static final String TWINS = """
			同日失效公司,,文网文,京网文〔2023〕2001-001号,2026-02-27,
			同日失效公司,,ICP证,京B2-20230002,2026-02-27,
			""";

	/** Lapsed since 2026-02-27 under its old name; the credit code names the company. */
	private static final String RENAMED_BEFORE = "旧名科技有限公司,91350100M000100Y43,文网文,京网文〔2023〕3001-001号,2026-02-27,\n";

	private static final String UNTOUCHED = "一直正常公司,,文网文,京网文〔2023〕9001-001号,2028-01-01,\n";

	@TempDir
	Path root;

	@Test
	void exposureFollowsLapseEpisodesOverThreeNights() throws IOException {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("registry.csv");

		Files.writeString(register, HEADER + ONGOING + SAME_COMPANY_LATER + TWINS + RENAMED_BEFORE + UNTOUCHED
				+ "续后又吊销公司,,文网文,京网文〔2023〕4001-001号,2026-02-20,\n");
		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();

		Files.writeString(register, HEADER + ONGOING + SAME_COMPANY_LATER + TWINS + RENAMED_BEFORE + UNTOUCHED
				+ "续后又吊销公司,,文网文,京网文〔2023〕4001-001号,2029-02-20,\n");
		assertThat(run.once("2026-03-02", "--audit.locale=en")).isZero();

		Files.writeString(register, HEADER + ONGOING + SAME_COMPANY_LATER + TWINS + UNTOUCHED
				+ "续后又吊销公司,,文网文,京网文〔2023〕4001-001号,2029-02-20,吊销\n"
				+ "新名科技有限公司,91350100M000100Y43,文网文,京网文〔2023〕3001-001号,2026-02-27,\n"
				+ "新名科技有限公司,91350100M000100Y43,文网文,京网文〔2023〕3002-001号,2026-03-02,\n");
		assertThat(run.once("2026-03-03", "--audit.locale=en")).isZero();

		assertThat(exposures(run, "2026-03-01")).containsOnly(
				Map.entry("京网文〔2023〕1001-001号", "warning"),
				Map.entry("京网文〔2023〕2001-001号", "warning"),
				Map.entry("京B2-20230002", "warning"),
				Map.entry("京网文〔2023〕3001-001号", "warning"),
				Map.entry("京网文〔2023〕4001-001号", "warning"));
		assertThat(exposures(run, "2026-03-02")).containsOnly(
				Map.entry("京网文〔2023〕1001-001号", "warning"),
				Map.entry("京网文〔2023〕2001-001号", "warning"),
				Map.entry("京B2-20230002", "warning"),
				Map.entry("京网文〔2023〕3001-001号", "warning"));
		assertThat(exposures(run, "2026-03-03")).containsOnly(
				// an ongoing lapse of 31 days: a credit record, not a repeat of itself
				Map.entry("京网文〔2023〕1001-001号", "credit record"),
				// the same company's second filing lapses while the first is lapsed
				Map.entry("京网文〔2023〕1002-001号", "revocation risk"),
				// lapsed in the same run: neither aggravates the other
				Map.entry("京网文〔2023〕2001-001号", "warning"),
				Map.entry("京B2-20230002", "warning"),
				// renamed: the credit code still names the company that lapsed before
				Map.entry("京网文〔2023〕3001-001号", "warning"),
				Map.entry("京网文〔2023〕3002-001号", "revocation risk"),
				// lapsed, renewed, then revoked: the second episode repeats the first
				Map.entry("京网文〔2023〕4001-001号", "revocation risk"));
	}

	@Test
	void aLapseMoreThanAYearBeforeTheEpisodeDoesNotCount() throws IOException {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("registry.csv");
		Files.writeString(register, HEADER + "老问题科技有限公司,,文网文,京网文〔2023〕1001-001号,2025-01-20,\n");
		assertThat(run.once("2025-01-25", "--audit.locale=en")).isZero();
		Files.writeString(register, HEADER + "老问题科技有限公司,,文网文,京网文〔2023〕1001-001号,2028-01-20,\n");
		assertThat(run.once("2025-02-01", "--audit.locale=en")).isZero();
		Files.writeString(register, HEADER + "老问题科技有限公司,,文网文,京网文〔2023〕1001-001号,2028-01-20,已吊销\n");
		assertThat(run.once("2026-01-26", "--audit.locale=en")).isZero();
		assertThat(run.once("2026-02-27", "--audit.locale=en")).isZero();

		assertThat(exposures(run, "2025-01-25")).containsOnly(Map.entry("京网文〔2023〕1001-001号", "warning"));
		assertThat(exposures(run, "2026-01-26")).containsOnly(Map.entry("京网文〔2023〕1001-001号", "warning"));
		// a revocation seen for 32 days is no longer a first short lapse
		assertThat(exposures(run, "2026-02-27")).containsOnly(Map.entry("京网文〔2023〕1001-001号", "credit record"));
	}

	@Test
	void aNightWithoutTheFilingsFileDoesNotEndItsLapse() throws IOException {
		AuditRun run = new AuditRun(root);
		Path lapses = run.input.resolve("lapses.csv");
		Files.writeString(run.input.resolve("others.csv"), HEADER + UNTOUCHED);
		String register = HEADER
				// expired 2026-01-25: 7 days on the first night, 37 on the last
				+ "过期公司,,文网文,京网文〔2023〕5001-001号,2026-01-25,\n"
				// revoked, dated by the first night that saw it: 31 days on the last
				+ "吊销公司,,文网文,京网文〔2023〕5002-001号,2029-01-01,吊销\n";
		Files.writeString(lapses, register);
		assertThat(run.once("2026-02-01", "--audit.locale=en")).isZero();
		// the file is away for a night (left for the next run, unreadable, moved away): the register says nothing
		Files.delete(lapses);
		assertThat(run.once("2026-02-15", "--audit.locale=en")).isZero();
		Files.writeString(lapses, register);
		assertThat(run.once("2026-03-04", "--audit.locale=en")).isZero();

		assertThat(exposures(run, "2026-02-01")).containsOnly(Map.entry("京网文〔2023〕5001-001号", "warning"),
				Map.entry("京网文〔2023〕5002-001号", "warning"));
		assertThat(exposures(run, "2026-02-15")).isEmpty();
		// one episode since the first night: long enough for a credit record, and no repeat of itself
		assertThat(exposures(run, "2026-03-04")).containsOnly(Map.entry("京网文〔2023〕5001-001号", "credit record"),
				Map.entry("京网文〔2023〕5002-001号", "credit record"));
	}

	@Test
	void theThresholdsAreTheCatalogs() throws IOException {
		AuditRun run = new AuditRun(root);
		Path catalog = Files.writeString(root.resolve("catalog.yml"), """
				escalation:
				  creditRecordAfterDays: 5
				  repeatWithinDays: 10
				""");
		Path register = run.input.resolve("registry.csv");
		Files.writeString(register, HEADER + "早先失效公司,,文网文,京网文〔2023〕6001-001号,2026-02-10,\n");
		assertThat(run.once("2026-02-14", "--audit.locale=en", "--audit.catalog=" + catalog)).isZero();
		Files.writeString(register, HEADER + "早先失效公司,,文网文,京网文〔2023〕6001-001号,2029-02-10,\n"
				+ "早先失效公司,,文网文,京网文〔2023〕6002-001号,2026-02-27,\n"
				+ "近期失效公司,,文网文,京网文〔2023〕6003-001号,2026-02-22,\n");
		assertThat(run.once("2026-03-01", "--audit.locale=en", "--audit.catalog=" + catalog)).isZero();

		// 4 days: a warning under 5 days as under the built-in 30
		assertThat(exposures(run, "2026-02-14")).containsOnly(Map.entry("京网文〔2023〕6001-001号", "warning"));
		assertThat(exposures(run, "2026-03-01")).containsOnly(
				// the company lapsed 15 days before: a repeat within the built-in 365 days, not within 10
				Map.entry("京网文〔2023〕6002-001号", "warning"),
				// 7 days: a warning under the built-in 30, a credit record after 5
				Map.entry("京网文〔2023〕6003-001号", "credit record"));
	}

	/** Exposure per filing number on the Lapsed sheet of the run as of a day. */
	private static Map<String, String> exposures(AuditRun run, String asOf) throws IOException {
		Map<String, String> exposures = new HashMap<>();
		try (Workbook workbook = open(run.reports.resolve("filing-audit-" + asOf + ".xlsx"))) {
			table(workbook.getSheet("Lapsed"))
				.forEach(r -> exposures.put(text(r.get("Filing No.")), text(r.get("Exposure"))));
		}
		return exposures;
	}

}
