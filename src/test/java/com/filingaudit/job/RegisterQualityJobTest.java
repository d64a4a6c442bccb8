package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registers shaped like the CAC's published algorithm-filing lists: no type column and no dates, 备注 holding 已注销 or
 * a rename, one number 22 digits long, and one filing published again in a later batch.
 */
class RegisterQualityJobTest {

	@TempDir
	Path root;

	@Test
	void publishedFilingListsAuditAsInferredAlgorithmFilings() throws IOException {
		AuditRun run = new AuditRun(root);
		Path first = Files.writeString(run.input.resolve("境内互联网信息服务算法备案清单（2022年8月）.csv"), """
				序号,算法名称,算法类别,主体名称,应用产品,主要用途,备案编号,备注
				1,推荐算法,个性化推送类,甲科技有限公司,甲App,推荐内容,网信算备110108823483901220011号,
				2,搜索算法,检索过滤类,乙科技有限公司,乙网站,搜索结果,网信算备1101082242366066220017号,
				3,排序算法,排序精选类,丙科技有限公司,丙App,排序,网信算备330110807992101250019号,
				4,调度算法,调度决策类,丁科技有限公司,丁App,派单,网信算备310115124334401240013号,已注销
				5,生成算法,生成合成类,戊科技有限公司,戊App,文本生成,网信算备440305823483901230031号,原主体名称为戊网络有限公司，现变更为戊科技有限公司
				,未知算法,,己科技有限公司,,,ABC-123,
				""");
		Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2022-08-12T00:00:00Z")));
		Path second = Files.writeString(run.input.resolve("境内互联网信息服务算法备案清单（2025年11月）.csv"), """
				序号,算法名称,算法类别,主体名称,应用产品,主要用途,备案编号,备注
				1,排序算法,排序精选类,丙科技有限公司,丙App,排序,网信算备330110807992101250019号,
				""");
		Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2025-11-20T00:00:00Z")));

		assertThat(run.once("2026-06-01", "--audit.locale=en")).isZero();

		try (Workbook report = open(run.workbooks().get(0))) {
			List<Map<String, Cell>> audited = new ArrayList<>();
			for (String group : List.of("Lapsed", "Risky", "Expiring")) {
				audited.addAll(table(report.getSheet(group)));
			}
			assertThat(audited).allSatisfy(r -> assertThat(text(r.get("Type Code"))).isEqualTo("ALGORITHM_FILING"));
			assertThat(table(report.getSheet("Lapsed"))).singleElement().satisfies(r -> {
				assertThat(text(r.get("Company"))).isEqualTo("丁科技有限公司");
				assertThat(text(r.get("Findings"))).isEqualTo("STATUS_CANCELLED, TYPE_INFERRED");
				assertThat(text(r.get("Details"))).startsWith("A remark in the register records this filing as cancelled.")
					.doesNotContain("null");
			});
			assertThat(table(report.getSheet("Risky"))).singleElement().satisfies(r -> {
				assertThat(text(r.get("Company"))).isEqualTo("乙科技有限公司");
				assertThat(text(r.get("Findings"))).isEqualTo("TYPE_INFERRED, INVALID_FILING_NO");
			});
			assertThat(table(report.getSheet("Expiring"))).singleElement().satisfies(r -> {
				assertThat(text(r.get("Findings"))).isEqualTo("ENTITY_RENAMED, TYPE_INFERRED");
				assertThat(text(r.get("Details"))).contains("new name").contains("filing number");
			});
			assertThat(FilingAuditJobTest.labelCounts(report.getSheet("Summary"))).containsEntry("OK", 2.0)
				.containsEntry("Rejected", 1.0);
			assertThat(table(report.getSheet("Rejected"))).singleElement()
				.satisfies(r -> assertThat(text(r.get("Reason"))).contains("fits no single type"));
			assertThat(IngestionJobTest.accounts(report.getSheet("Summary")))
				.containsEntry("境内互联网信息服务算法备案清单（2022年8月）.csv", new IngestionJobTest.Account(6, 4, 1, 0, 1))
				.containsEntry("境内互联网信息服务算法备案清单（2025年11月）.csv", new IngestionJobTest.Account(1, 1, 0, 0, 0));
		}
	}

}
