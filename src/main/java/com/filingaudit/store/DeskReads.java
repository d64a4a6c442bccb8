package com.filingaudit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import com.filingaudit.rules.Finding;
import com.filingaudit.rules.Group;

/** What the desk reads of the runs: their history, the latest one's urgent filings, a filing's history. */
public class DeskReads {

	private final JdbcTemplate jdbc;

	public DeskReads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A filing found by a search, with the identity that finds it in other runs. */
	public record Found(StagedFiling filing, String identity) {
	}

	/** The filing in one run. */
	public record HistoryPoint(LocalDate asOf, Group group, @Nullable LocalDate deadline, List<Finding> findings) {
	}

	private static final String RUN_COLUMNS = """
			SELECT EXECUTION_ID, INSTANCE_ID, AS_OF, STARTED_AT, ENDED_AT, STATUS, REPORT, LAPSED, RISKY, EXPIRING, OK,
			  REJECTED, FAILURE FROM AUDIT_RUN""";

	/** The runs, newest first. */
	public List<RunRecord> runs(int limit) {
		return Tables.limitedTo(jdbc, limit).query(RUN_COLUMNS + " ORDER BY EXECUTION_ID DESC", (rs, n) -> run(rs));
	}

	/** Rows of a run's files: read, audited (superseded ones included), rejected. */
	public record RowCounts(long read, long audited, long rejected) {
	}

	public RowCounts rows(long instanceId) {
		return jdbc.queryForObject("SELECT COALESCE(SUM(ROWS_READ), 0), COALESCE(SUM(AUDITED), 0), "
				+ "COALESCE(SUM(REJECTED), 0) FROM AUDIT_FILE WHERE INSTANCE_ID = ?",
				(rs, n) -> new RowCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)), instanceId);
	}

	public Optional<RunRecord> latestCompleted() {
		return Tables.limitedTo(jdbc, 1)
			.query(RUN_COLUMNS + " WHERE STATUS = 'COMPLETED' ORDER BY AS_OF DESC, EXECUTION_ID DESC",
				(rs, n) -> run(rs)).stream().findFirst();
	}

	/** The filings with the nearest deadlines among Lapsed, Risky and Expiring, the most severe first on a tie. */
	public List<StagedFiling> mostUrgent(long instanceId, int limit) {
		return Tables.limitedTo(jdbc, limit).query(AuditStore.GROUP_COLUMNS.formatted("NULL") + """
				FROM AUDIT_RESULT R WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE <> 'OK' AND R.SUPERSEDED_BY IS NULL
				ORDER BY CASE WHEN R.DEADLINE IS NULL THEN 1 ELSE 0 END, R.DEADLINE, %s, R.COMPANY""".formatted(
				AuditStore.severity("R")), (rs, n) -> AuditStore.filing(rs), instanceId);
	}

	/** Filings per group that were not in that group in the previous run: what changed overnight. */
	public Map<Group, Integer> entered(long instanceId, long previousInstance) {
		Map<Group, Integer> entered = new EnumMap<>(Group.class);
		jdbc.query("""
				SELECT R.GROUP_CODE, COUNT(*) FROM AUDIT_RESULT R
				WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE <> 'OK' AND R.SUPERSEDED_BY IS NULL
				  AND NOT EXISTS (SELECT 1 FROM AUDIT_RESULT P WHERE P.INSTANCE_ID = ?
				    AND P.FILING_IDENTITY = R.FILING_IDENTITY AND P.GROUP_CODE = R.GROUP_CODE AND P.SUPERSEDED_BY IS NULL)
				GROUP BY R.GROUP_CODE""", (ResultSet rs) -> {
			entered.put(Group.valueOf(rs.getString(1)), rs.getInt(2));
		}, instanceId, previousInstance);
		return entered;
	}

	/**
	 * Filings of a run whose company, credit code, filing number or owner contains the text (ignoring case), the most
	 * severe first.
	 */
	public List<Found> search(long instanceId, String text, int limit) {
		String like = "%" + text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return Tables.limitedTo(jdbc, limit).query(AuditStore.GROUP_COLUMNS.formatted("NULL") + """
				, R.FILING_IDENTITY FROM AUDIT_RESULT R WHERE R.INSTANCE_ID = ? AND R.SUPERSEDED_BY IS NULL
				  AND (LOWER(R.COMPANY) LIKE ? ESCAPE '!' OR LOWER(R.CREDIT_CODE) LIKE ? ESCAPE '!'
				    OR LOWER(R.FILING_NO) LIKE ? ESCAPE '!' OR LOWER(R.OWNER_NAME) LIKE ? ESCAPE '!')
				ORDER BY %s, R.DEADLINE, R.COMPANY""".formatted(AuditStore.severity("R")),
				(rs, n) -> new Found(AuditStore.filing(rs), rs.getString(27)), instanceId, like, like, like, like);
	}

	/** The filing's group in every completed run, newest first. */
	public List<HistoryPoint> history(String identity, int limit) {
		return Tables.limitedTo(jdbc, limit).query("""
				SELECT DISTINCT U.AS_OF, U.EXECUTION_ID, R.GROUP_CODE, R.DEADLINE, R.FINDINGS
				FROM AUDIT_RESULT R JOIN AUDIT_RUN U ON U.INSTANCE_ID = R.INSTANCE_ID AND U.STATUS = 'COMPLETED'
				WHERE R.FILING_IDENTITY = ? AND R.SUPERSEDED_BY IS NULL
				ORDER BY U.AS_OF DESC, U.EXECUTION_ID DESC""",
				(rs, n) -> new HistoryPoint(AuditStore.localDate(rs, 1), Group.valueOf(rs.getString(3)),
						AuditStore.localDate(rs, 4), FindingsColumn.decode(rs.getString(5))),
				identity);
	}

	private static RunRecord run(ResultSet rs) throws SQLException {
		rs.getInt(8);
		GroupCounts counts = rs.wasNull() ? null
				: new GroupCounts(rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12));
		return new RunRecord(rs.getLong(1), rs.getLong(2), AuditStore.localDate(rs, 3),
				rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6),
				rs.getString(7), counts, rs.getString(13));
	}


}
