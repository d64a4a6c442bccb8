package com.filingaudit.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import com.filingaudit.ingest.Location;

/**
 * A lapse episode is an unbroken series of runs in which a filing is Lapsed. Each run carries the episode forward
 * from the last run that saw the filing: a filing Lapsed now and Lapsed then keeps the date its episode began, any
 * other Lapsed filing begins one today. Only a run that saw the filing and found it not Lapsed ends an episode; a run
 * that did not see it (its file left for the next run, unreadable, changed while read, moved away for a night) does
 * not. A lapse is a repeated one when the same company (by credit code when both rows have one, else by name) had a
 * Lapsed filing in a completed run dated before this episode began and within the look-back window: an earlier lapse
 * of another filing, or of this one before it was renewed. Lapses that begin in the same run do not aggravate each
 * other.
 * <p>
 * Both look-ups are indexed, so that the cost follows the lapses, not the size of the history. The episode: the
 * previous run's rows by filing identity, and only for a filing that run did not see, the filing's rows in all runs
 * (as many as the runs that saw it). The repeated lapse: a company's lapses of earlier runs (COMPANY_LAPSE, which
 * holds each run's Lapsed rows once they are dated, and only those: indexes on every staged row would cost every row)
 * by its key and the run's as-of date, one bounded range of an index (from the window's start to the day before the
 * episode began), however many runs the history holds. A run's lapsed rows are dated a window of rows at a time (rows
 * of one sheet, found by the primary key), each window in its own transaction: the cost follows the run's rows, and
 * the database's undo for one transaction never holds every lapsed row of a large run.
 */
final class LapseEpisodes {

	private static final String LAPSED = """
			R.INSTANCE_ID = ? AND R.GROUP_CODE = 'LAPSED' AND R.SUPERSEDED_BY IS NULL""";

	private static final String ONE_ROW = " AND R.SOURCE_FILE = ? AND R.SHEET = ? AND R.ROW_NO = ?";

	/**
	 * Where the filing's episode stood in the last completed run that saw it: the date it began when the filing was
	 * Lapsed there, the date a new one begins (today) when it was not, {@code NULL} when no such run saw it. The
	 * previous run first (one probe); only for a filing it did not see, the latest run dated on or before this one that
	 * did. The probe's conditions on the rows stand in its CASE, not in its WHERE: given any other equality there,
	 * HSQLDB reads the previous run by its primary key (all of its rows, for each lapse) instead of the index on
	 * (FILING_IDENTITY, INSTANCE_ID). Parameters: today, the previous run, today, this run's as-of date, today.
	 */
	static final String CARRY_FORWARD = """
			UPDATE AUDIT_RESULT R SET LAPSED_SINCE = COALESCE(
			  (SELECT MIN(CASE WHEN P.SUPERSEDED_BY IS NULL
			      THEN CASE WHEN P.GROUP_CODE = 'LAPSED' THEN P.LAPSED_SINCE ELSE ? END END)
			    FROM AUDIT_RESULT P WHERE P.INSTANCE_ID = ? AND P.FILING_IDENTITY = R.FILING_IDENTITY),
			  (SELECT CASE WHEN P.GROUP_CODE = 'LAPSED' THEN P.LAPSED_SINCE ELSE ? END
			    FROM AUDIT_RESULT P JOIN AUDIT_RUN H ON H.INSTANCE_ID = P.INSTANCE_ID
			    WHERE P.FILING_IDENTITY = R.FILING_IDENTITY AND P.SUPERSEDED_BY IS NULL
			      AND P.INSTANCE_ID <> R.INSTANCE_ID AND H.STATUS = 'COMPLETED' AND H.AS_OF <= ?
			    ORDER BY H.AS_OF DESC, H.EXECUTION_ID DESC, CASE WHEN P.GROUP_CODE = 'LAPSED' THEN 0 ELSE 1 END,
			      P.LAPSED_SINCE NULLS LAST
			    FETCH FIRST 1 ROW ONLY),
			  ?)
			WHERE\s""" + LAPSED;

	/**
	 * A company lapse in an earlier run: one query per key, so that each can use its own index, whose last column (the
	 * run's as-of date) bounds the range read to the look-back window before the episode.
	 */
	private static final String EARLIER_LAPSE = """
			EXISTS (SELECT 1 FROM COMPANY_LAPSE P JOIN AUDIT_RUN H ON H.INSTANCE_ID = P.INSTANCE_ID
			  WHERE %s AND P.AS_OF >= ? AND P.AS_OF < R.LAPSED_SINCE AND H.STATUS = 'COMPLETED')""";

	static final String MARK_REPEATED = """
			UPDATE AUDIT_RESULT R SET REPEAT_LAPSE = CASE WHEN %s OR %s THEN 1 ELSE 0 END
			WHERE\s""".formatted(
			EARLIER_LAPSE.formatted("R.CREDIT_KEY IS NOT NULL AND P.CREDIT_KEY = R.CREDIT_KEY"),
			EARLIER_LAPSE.formatted("P.COMPANY_KEY = R.COMPANY_KEY AND (R.CREDIT_KEY IS NULL OR P.CREDIT_KEY IS NULL)"))
			+ LAPSED + ONE_ROW;

	private static final String IN_WINDOW = " AND R.SOURCE_FILE = ? AND R.SHEET = ? AND R.ROW_NO > ? AND R.ROW_NO <= ?";

	/** The run's Lapsed rows in a range of one sheet's rows: found by the primary key, however large the run. */
	static final String LAPSED_IN_WINDOW = "SELECT R.SOURCE_FILE, R.SHEET, R.ROW_NO FROM AUDIT_RESULT R WHERE " + LAPSED
			+ IN_WINDOW;

	/** A window's lapses as later runs look them up; what an earlier try of the window recorded is replaced. */
	private static final String FORGET_WINDOW = "DELETE FROM COMPANY_LAPSE R WHERE R.INSTANCE_ID = ?" + IN_WINDOW;

	private static final String RECORD_WINDOW = """
			INSERT INTO COMPANY_LAPSE (INSTANCE_ID, SOURCE_FILE, SHEET, ROW_NO, AS_OF, COMPANY_KEY, CREDIT_KEY)
			SELECT R.INSTANCE_ID, R.SOURCE_FILE, R.SHEET, R.ROW_NO, CAST(? AS DATE), R.COMPANY_KEY, R.CREDIT_KEY
			FROM AUDIT_RESULT R WHERE\s""" + LAPSED + IN_WINDOW;

	private LapseEpisodes() {
	}

	/**
	 * Dates the episode of every Lapsed filing of a run in one statement (upgrading a database whose runs were never
	 * dated).
	 *
	 * @param previousInstance the last completed run before it, or {@code null} when there is none
	 */
	static void carryForward(JdbcTemplate jdbc, long instanceId, @Nullable Long previousInstance, LocalDate asOf) {
		jdbc.update(CARRY_FORWARD, asOf, previousInstance == null ? -1L : previousInstance, asOf, asOf, asOf,
				instanceId);
	}

	/** Dates the episode of each of some Lapsed rows of a run. */
	static void carryForward(JdbcTemplate jdbc, long instanceId, @Nullable Long previousInstance, LocalDate asOf,
			List<Location> rows) {
		long previous = previousInstance == null ? -1L : previousInstance;
		jdbc.batchUpdate(CARRY_FORWARD + ONE_ROW, rows, rows.size(), (ps, row) -> {
			ps.setObject(1, asOf);
			ps.setLong(2, previous);
			ps.setObject(3, asOf);
			ps.setObject(4, asOf);
			ps.setObject(5, asOf);
			ps.setLong(6, instanceId);
			setRow(ps, 7, row);
		});
	}

	/**
	 * Marks those of some Lapsed rows of a run whose company lapsed before their episode began, within
	 * {@code windowDays}.
	 */
	static void markRepeated(JdbcTemplate jdbc, long instanceId, LocalDate asOf, int windowDays, List<Location> rows) {
		LocalDate windowStart = asOf.minusDays(windowDays);
		jdbc.batchUpdate(MARK_REPEATED, rows, rows.size(), (ps, row) -> {
			ps.setObject(1, windowStart);
			ps.setObject(2, windowStart);
			ps.setLong(3, instanceId);
			setRow(ps, 4, row);
		});
	}

	/**
	 * Records the Lapsed rows of a run in a range of one sheet's rows (after {@code after}, up to {@code upTo}) as
	 * lapses of their companies on the run's as-of date, for the runs after it.
	 */
	static void recordCompanyLapses(JdbcTemplate jdbc, long instanceId, LocalDate asOf, String file, String sheet,
			int after, int upTo) {
		jdbc.update(FORGET_WINDOW, instanceId, file, sheet, after, upTo);
		jdbc.update(RECORD_WINDOW, asOf, instanceId, file, sheet, after, upTo);
	}

	private static void setRow(PreparedStatement ps, int first, Location row) throws SQLException {
		ps.setString(first, row.file());
		ps.setString(first + 1, row.sheet());
		ps.setInt(first + 2, row.row());
	}

}
