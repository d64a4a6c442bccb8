package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.filingaudit.testdb.TestDatabase;

/**
 * A database made by the release before migrations (the product's tables, no migration history) is migrated at
 * start, and its runs still count: the next run compares with them and places lapses in their episodes.
 */
class UpgradeKeepsHistoryJobTest {

	@TempDir
	Path root;

	@Test
	void aDatabaseFromBeforeMigrationsKeepsItsHistory() throws IOException, SQLException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至
				持续失效公司,文网文,京网文〔2023〕1001-001号,2026-02-20
				一直正常公司,文网文,京网文〔2023〕1002-001号,2028-01-01
				""");
		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();
		assertThat(run.once("2026-03-02", "--audit.locale=en")).isZero();
		asTheReleaseBeforeMigrationsLeftIt(run.data);

		assertThat(run.once("2026-03-03", "--audit.locale=en")).isZero();

		try (Workbook report = open(run.reports.resolve("filing-audit-2026-03-03.xlsx"))) {
			List<Map<String, Cell>> lapsed = table(report.getSheet("Lapsed"));
			assertThat(lapsed).singleElement().satisfies(r -> {
				assertThat(text(r.get("Company"))).isEqualTo("持续失效公司");
				assertThat(text(r.get("New"))).isEmpty();
				assertThat(text(r.get("Exposure"))).isEqualTo("warning");
			});
			assertThat(FilingAuditJobTest.labelCounts(report.getSheet("Summary"))).containsEntry("Lapsed", 1.0);
			List<String> texts = new java.util.ArrayList<>();
			report.getSheet("Summary").forEach(row -> row.forEach(cell -> texts.add(text(cell))));
			assertThat(texts).contains("compared with the run as of 2026-03-02");
		}
		try (Connection connection = connect(run.data)) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			assertThat(jdbc.queryForList("""
					SELECT "version" FROM "flyway_schema_history" ORDER BY "installed_rank\"""",
					String.class)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
							"14", "15");
			// each lapse dated with its run (the runs before the upgrade by the migration) and placed in its episode
			assertThat(jdbc.queryForList("""
					SELECT H.AS_OF || ' ' || R.AS_OF || ' ' || R.LAPSED_SINCE FROM AUDIT_RESULT R
					JOIN AUDIT_RUN H ON H.INSTANCE_ID = R.INSTANCE_ID WHERE R.GROUP_CODE = 'LAPSED' ORDER BY H.AS_OF""",
					String.class)).containsExactly("2026-03-01 2026-03-01 2026-03-01",
							"2026-03-02 2026-03-02 2026-03-01", "2026-03-03 2026-03-03 2026-03-01");
		}
	}

	@Test
	void aLapseBeforeTheUpgradeMakesALaterLapseOfTheCompanyARepeat() throws IOException, SQLException {
		AuditRun run = new AuditRun(root);
		Path register = run.input.resolve("r.csv");
		String header = "企业名称,许可类型,证书编号,有效期至,状态\n";
		Files.writeString(register, header + "续后又吊销公司,文网文,京网文〔2023〕4001-001号,2026-02-20,\n");
		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();
		Files.writeString(register, header + "续后又吊销公司,文网文,京网文〔2023〕4001-001号,2029-02-20,\n");
		assertThat(run.once("2026-03-02", "--audit.locale=en")).isZero();
		asTheReleaseBeforeMigrationsLeftIt(run.data);

		Files.writeString(register, header + "续后又吊销公司,文网文,京网文〔2023〕4001-001号,2029-02-20,吊销\n");
		assertThat(run.once("2026-03-03", "--audit.locale=en")).isZero();

		try (Workbook report = open(run.reports.resolve("filing-audit-2026-03-03.xlsx"))) {
			// lapsed on the first night, renewed, revoked after the upgrade: the second episode repeats the first
			assertThat(table(report.getSheet("Lapsed"))).singleElement()
				.satisfies(r -> assertThat(text(r.get("Exposure"))).isEqualTo("revocation risk"));
		}
	}

	/** What the release before migrations left: its tables as version 1 created them, and no migration history. */
	private static void asTheReleaseBeforeMigrationsLeftIt(Path data) throws SQLException {
		try (Connection connection = connect(data); Statement sql = connection.createStatement()) {
			sql.execute("DROP TABLE \"flyway_schema_history\"");
			sql.execute("DROP INDEX AUDIT_RUN_BY_INSTANCE");
			sql.execute("ALTER TABLE AUDIT_RESULT DROP COLUMN LAPSED_SINCE");
			sql.execute("ALTER TABLE AUDIT_RESULT DROP COLUMN REPEAT_LAPSE");
			sql.execute("ALTER TABLE AUDIT_RESULT DROP COLUMN AUTHORITY");
			sql.execute("DROP TABLE COMPANY_LAPSE");
			sql.execute("ALTER TABLE AUDIT_FILE DROP COLUMN LAST_AUDITED");
			sql.execute("ALTER TABLE AUDIT_RESULT DROP COLUMN AS_OF");
			sql.execute("CREATE INDEX AUDIT_RESULT_BY_COMPANY ON AUDIT_RESULT (COMPANY_KEY, GROUP_CODE)");
			sql.execute("CREATE INDEX AUDIT_RESULT_BY_CREDIT ON AUDIT_RESULT (CREDIT_KEY, GROUP_CODE)");
			sql.execute("DROP INDEX AUDIT_RESULT_BY_IDENTITY");
			sql.execute("CREATE INDEX AUDIT_RESULT_BY_IDENTITY ON AUDIT_RESULT (INSTANCE_ID, FILING_IDENTITY)");
			sql.execute("DROP TABLE DESK_EVENT");
			sql.execute("DROP TABLE DESK_USER");
			for (String table : new String[] { "PERSON", "REMINDER_TIER", "OUTBOX", "INBOX_ITEM", "AUDIT_DISCARD",
					"REMINDER_ITEM", "SHEDLOCK" }) {
				sql.execute("DROP TABLE " + table);
			}
			if (!TestDatabase.postgres()) {
				sql.execute("SHUTDOWN");
			}
		}
	}

	private static Connection connect(Path data) throws SQLException {
		return TestDatabase.connect(data);
	}

}
