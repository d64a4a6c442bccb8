package com.filingaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Upgrading to the sheets' last audited rows kept on their accounts (V15): a run that may still be resumed gets them
 * from its rows, so that its history and remind steps still walk every row; a completed run is left as it was.
 */
class LastAuditedMigrationTest {

	@Test
	void aRunNotYetCompletedGetsEachSheetsLastAuditedRowFromItsRows() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:mem:v15" + System.nanoTime(), "SA",
				"")) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			migrations(connection).target("14").load().migrate();
			for (long run : new long[] { 1, 2 }) {
				for (int row : new int[] { 2, 9, 5 }) {
					staged(jdbc, run, "a.xlsx", "表一", row);
				}
				staged(jdbc, run, "b.csv", "", 40);
				for (String[] sheet : new String[][] { { "a.xlsx", "表一" }, { "b.csv", "" }, { "c.csv", "" } }) {
					jdbc.update("""
							INSERT INTO AUDIT_FILE (INSTANCE_ID, SOURCE_FILE, SHEET, ROWS_READ, AUDITED, REJECTED, BLANK)
							VALUES (?, ?, ?, 3, 3, 0, 0)""", run, sheet[0], sheet[1]);
				}
			}
			jdbc.update("""
					INSERT INTO AUDIT_RUN (EXECUTION_ID, INSTANCE_ID, AS_OF, STATUS) VALUES (7, 1, DATE '2026-03-01',
					'COMPLETED'), (8, 2, DATE '2026-03-02', 'FAILED')""");

			migrations(connection).load().migrate();

			assertThat(jdbc.queryForList("""
					SELECT INSTANCE_ID || ' ' || SOURCE_FILE || ' ' || COALESCE(CAST(LAST_AUDITED AS VARCHAR(10)), '-')
					FROM AUDIT_FILE ORDER BY INSTANCE_ID, SOURCE_FILE""", String.class))
				.containsExactly("1 a.xlsx -", "1 b.csv -", "1 c.csv -",
						// a failed run may be restarted; a sheet with no row audited has none
						"2 a.xlsx 9", "2 b.csv 40", "2 c.csv -");
		}
	}

	private static FluentConfiguration migrations(Connection connection) {
		return Flyway.configure()
			.dataSource(new SingleConnectionDataSource(connection, true))
			.javaMigrations(new V3__Date_lapse_episodes());
	}

	private static void staged(JdbcTemplate jdbc, long run, String file, String sheet, int row) {
		jdbc.update("""
				INSERT INTO AUDIT_RESULT (INSTANCE_ID, SOURCE_FILE, SHEET, ROW_NO, COMPANY, TYPE_CODE, EXPIRY_DERIVED,
				  NO_EXPIRY, GROUP_CODE, FINDINGS, COMPANY_KEY, SOURCE_MODIFIED, ORDINAL, FILING_IDENTITY)
				VALUES (?, ?, ?, ?, '某公司', 'ICP', 0, 0, 'OK', '', '某公司', 0, ?, 'ICP|company:某公司')""", run, file,
				sheet, row, row);
	}

}
