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

/** Each run's results are kept, and a company that lapses again climbs the escalation ladder. */
class EscalationJobTest {

	@TempDir
	Path root;

	@Test
	void lapsesEscalateFromWarningToCreditRecordToRevocationRiskAcrossRuns() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("registry.csv"), """
				企业名称,许可类型,证书编号,有效期至,检查
				长期失效科技有限公司,文网文,京网文〔2023〕1001-001号,2026-01-20,
				刚刚过期科技有限公司,文网文,京网文〔2023〕1002-001号,2026-02-25,
				一直正常科技有限公司,文网文,京网文〔2023〕1003-001号,2028-01-01,
				""");

		assertThat(run.once("2026-01-15", "--audit.locale=en")).isZero();
		assertThat(run.once("2026-03-02", "--audit.locale=en")).isZero();
		assertThat(run.once("2026-03-10", "--audit.locale=en")).isZero();

		assertThat(exposures(run, "filing-audit-2026-01-15.xlsx")).isEmpty();
		assertThat(exposures(run, "filing-audit-2026-03-02.xlsx"))
			.containsEntry("长期失效科技有限公司", "credit record")
			.containsEntry("刚刚过期科技有限公司", "warning")
			.hasSize(2);
		assertThat(exposures(run, "filing-audit-2026-03-10.xlsx"))
			.containsEntry("长期失效科技有限公司", "revocation risk")
			.containsEntry("刚刚过期科技有限公司", "revocation risk")
			.hasSize(2);
	}

	@Test
	void aLapseMoreThanAYearAgoDoesNotCount() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("registry.csv"), """
				企业名称,许可类型,证书编号,有效期至
				老问题科技有限公司,文网文,京网文〔2023〕1001-001号,2025-01-20
				""");

		assertThat(run.once("2025-01-25", "--audit.locale=en")).isZero();
		assertThat(run.once("2026-01-26", "--audit.locale=en")).isZero();

		assertThat(exposures(run, "filing-audit-2025-01-25.xlsx")).containsEntry("老问题科技有限公司", "warning");
		assertThat(exposures(run, "filing-audit-2026-01-26.xlsx")).containsEntry("老问题科技有限公司", "credit record");
	}

	private static Map<String, String> exposures(AuditRun run, String report) throws IOException {
		Map<String, String> exposures = new HashMap<>();
		try (Workbook workbook = open(run.reports.resolve(report))) {
			table(workbook.getSheet("Lapsed")).forEach(r -> exposures.put(text(r.get("Company")), text(r.get("Exposure"))));
		}
		return exposures;
	}

}
