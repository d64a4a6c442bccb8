package com.filingaudit.store;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lapse episode is an unbroken series of runs in which a filing is Lapsed. Each run carries the episode forward
 * from the run before it: a filing Lapsed now and then keeps the date its episode began, any other Lapsed filing
 * begins one today. A lapse is a repeated one when the same company (by credit code when both rows have one, else by
 * name) had a Lapsed filing in a completed run dated before this episode began and within the look-back window: an
 * earlier lapse of another filing, or of this one before it was renewed. Lapses that begin in the same run do not
 * aggravate each other.
 * <p>
 * Both look-ups are indexed: the previous run's row by filing identity, and a company's lapsed rows by its key, so
 * the cost follows the lapses, not the size of the history.
 */
final class LapseEpisodes {

	private static final String CARRY_FORWARD = """
			UPDATE AUDIT_RESULT R SET LAPSED_SINCE = COALESCE((SELECT MIN(P.LAPSED_SINCE) FROM AUDIT_RESULT P
			    WHERE P.INSTANCE_ID = ? AND P.FILING_IDENTITY = R.FILING_IDENTITY AND P.GROUP_CODE = 'LAPSED'
			      AND P.SUPERSEDED_BY IS NULL), ?)
			WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE = 'LAPSED' AND R.SUPERSEDED_BY IS NULL""";

	/** A company lapse in an earlier run: one query per key, so that each can use its own index. */
	private static final String EARLIER_LAPSE = """
			EXISTS (SELECT 1 FROM AUDIT_RESULT P JOIN AUDIT_RUN H ON H.INSTANCE_ID = P.INSTANCE_ID
			  WHERE %s AND P.GROUP_CODE = 'LAPSED' AND P.SUPERSEDED_BY IS NULL AND H.STATUS = 'COMPLETED'
			    AND H.AS_OF >= ? AND H.AS_OF < R.LAPSED_SINCE)""";

	private static final String MARK_REPEATED = """
			UPDATE AUDIT_RESULT R SET REPEAT_LAPSE = CASE WHEN %s OR %s THEN 1 ELSE 0 END
			WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE = 'LAPSED' AND R.SUPERSEDED_BY IS NULL""".formatted(
			EARLIER_LAPSE.formatted("R.CREDIT_KEY IS NOT NULL AND P.CREDIT_KEY = R.CREDIT_KEY"),
			EARLIER_LAPSE.formatted("P.COMPANY_KEY = R.COMPANY_KEY AND (R.CREDIT_KEY IS NULL OR P.CREDIT_KEY IS NULL)"));

	private LapseEpisodes() {
	}

	/**
	 * Dates the episode of each Lapsed filing of a run.
	 *
	 * @param previousInstance the last completed run before it, or {@code null} when there is none
	 */
	static void carryForward(JdbcTemplate jdbc, long instanceId, @Nullable Long previousInstance, LocalDate asOf) {
		jdbc.update(CARRY_FORWARD, previousInstance == null ? -1L : previousInstance, asOf, instanceId);
	}

	/** Marks the run's Lapsed filings whose company lapsed before their episode began, within {@code windowDays}. */
	static void markRepeated(JdbcTemplate jdbc, long instanceId, LocalDate asOf, int windowDays) {
		LocalDate windowStart = asOf.minusDays(windowDays);
		jdbc.update(MARK_REPEATED, windowStart, windowStart, instanceId);
	}

}
