package com.filingaudit.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import com.filingaudit.ingest.Location;

/**
 * A lapse episode is an unbroken series of runs in which a filing is Lapsed. Each run carries the episode forward
 * from the run before it: a filing Lapsed now and then keeps the date its episode began, any other Lapsed filing
 * begins one today. A lapse is a repeated one when the same company (by credit code when both rows have one, else by
 * name) had a Lapsed filing in a completed run dated before this episode began and within the look-back window: an
 * earlier lapse of another filing, or of this one before it was renewed. Lapses that begin in the same run do not
 * aggravate each other.
 * <p>
 * Both look-ups are indexed: the previous run's row by filing identity, and a company's lapsed rows by its key, so
 * the cost follows the lapses, not the size of the history. A run's lapsed rows are dated a slice at a time, each slice
 * in its own transaction, so that the database's undo for one statement never holds every lapsed row of a large run.
 */
final class LapseEpisodes {

	private static final String CARRY_FORWARD = """
			UPDATE AUDIT_RESULT R SET LAPSED_SINCE = COALESCE((SELECT MIN(P.LAPSED_SINCE) FROM AUDIT_RESULT P
			    WHERE P.INSTANCE_ID = ? AND P.FILING_IDENTITY = R.FILING_IDENTITY AND P.GROUP_CODE = 'LAPSED'
			      AND P.SUPERSEDED_BY IS NULL), ?)
			WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE = 'LAPSED' AND R.SUPERSEDED_BY IS NULL""" + Slice.RANGE;

	/** A company lapse in an earlier run: one query per key, so that each can use its own index. */
	private static final String EARLIER_LAPSE = """
			EXISTS (SELECT 1 FROM AUDIT_RESULT P JOIN AUDIT_RUN H ON H.INSTANCE_ID = P.INSTANCE_ID
			  WHERE %s AND P.GROUP_CODE = 'LAPSED' AND P.SUPERSEDED_BY IS NULL AND H.STATUS = 'COMPLETED'
			    AND H.AS_OF >= ? AND H.AS_OF < R.LAPSED_SINCE)""";

	private static final String MARK_REPEATED = """
			UPDATE AUDIT_RESULT R SET REPEAT_LAPSE = CASE WHEN %s OR %s THEN 1 ELSE 0 END
			WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE = 'LAPSED' AND R.SUPERSEDED_BY IS NULL""".formatted(
			EARLIER_LAPSE.formatted("R.CREDIT_KEY IS NOT NULL AND P.CREDIT_KEY = R.CREDIT_KEY"),
			EARLIER_LAPSE.formatted("P.COMPANY_KEY = R.COMPANY_KEY AND (R.CREDIT_KEY IS NULL OR P.CREDIT_KEY IS NULL)"))
			+ Slice.RANGE;

	private LapseEpisodes() {
	}

	/**
	 * The run's Lapsed rows after {@code after} (by source, sheet and row), up to {@code size} of them: {@code last}
	 * is the last row of the slice, or {@code null} when the slice reaches the end.
	 */
	record Slice(@Nullable Location after, @Nullable Location last) {

		static final String RANGE = """

				  AND (CAST(? AS INTEGER) IS NULL OR (R.SOURCE_FILE, R.SHEET, R.ROW_NO)
				    > (CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(255)), CAST(? AS INTEGER)))
				  AND (CAST(? AS INTEGER) IS NULL OR (R.SOURCE_FILE, R.SHEET, R.ROW_NO)
				    <= (CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(255)), CAST(? AS INTEGER)))""";

		Object[] params() {
			return new Object[] { after == null ? null : 1, key(after, 0), key(after, 1), key(after, 2),
					last == null ? null : 1, key(last, 0), key(last, 1), key(last, 2) };
		}

		private static @Nullable Object key(@Nullable Location location, int part) {
			if (location == null) {
				return part == 2 ? 0 : "";
			}
			return switch (part) {
				case 0 -> location.file();
				case 1 -> location.sheet();
				default -> location.row();
			};
		}

	}

	/** The slice of at most {@code size} Lapsed rows after {@code after}. */
	static Slice slice(JdbcTemplate jdbc, long instanceId, @Nullable Location after, int size) {
		Slice open = new Slice(after, null);
		List<Location> last = jdbc.query("""
				SELECT R.SOURCE_FILE, R.SHEET, R.ROW_NO FROM AUDIT_RESULT R
				WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE = 'LAPSED' AND R.SUPERSEDED_BY IS NULL""" + Slice.RANGE + """

				ORDER BY R.SOURCE_FILE, R.SHEET, R.ROW_NO OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY""",
				(rs, n) -> new Location(rs.getString(1), rs.getString(2), rs.getInt(3)),
				concat(new Object[] { instanceId }, open.params(), new Object[] { size - 1 }));
		return new Slice(after, last.isEmpty() ? null : last.get(0));
	}

	/**
	 * Dates the episode of each Lapsed filing of a slice of a run.
	 *
	 * @param previousInstance the last completed run before it, or {@code null} when there is none
	 */
	static void carryForward(JdbcTemplate jdbc, long instanceId, @Nullable Long previousInstance, LocalDate asOf,
			Slice slice) {
		jdbc.update(CARRY_FORWARD, concat(new Object[] { previousInstance == null ? -1L : previousInstance, asOf,
				instanceId }, slice.params()));
	}

	/**
	 * Marks the Lapsed filings of a slice whose company lapsed before their episode began, within {@code windowDays}.
	 */
	static void markRepeated(JdbcTemplate jdbc, long instanceId, LocalDate asOf, int windowDays, Slice slice) {
		LocalDate windowStart = asOf.minusDays(windowDays);
		jdbc.update(MARK_REPEATED, concat(new Object[] { windowStart, windowStart, instanceId }, slice.params()));
	}

	private static Object[] concat(Object[]... parts) {
		List<Object> all = new ArrayList<>();
		for (Object[] part : parts) {
			all.addAll(Arrays.asList(part));
		}
		return all.toArray();
	}

}
