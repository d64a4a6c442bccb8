package com.filingaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The history step's look-ups stay cheap as the history grows (a year of nightly runs of a million filings): HSQLDB's
 * own plans (EXPLAIN PLAN) read a company's earlier lapses as one range of an index bounded at both ends by the run's
 * as-of date, and a filing's previous run through the index on its identity, never a whole run or a whole company.
 */
class LapseLookupPlanTest {

	@Test
	void anEarlierLapseOfTheCompanyIsOneIndexRangeBoundedByTheWindowAndTheEpisode() throws SQLException {
		List<Plans.Access> reads = Plans.subqueryReads(LapseEpisodes.MARK_REPEATED);

		assertThat(reads).filteredOn(a -> a.table().equals("COMPANY_LAPSE"))
			.extracting(Plans.Access::index)
			.containsExactly("COMPANY_LAPSE_BY_CREDIT", "COMPANY_LAPSE_BY_COMPANY");
		assertThat(reads).filteredOn(a -> a.table().equals("COMPANY_LAPSE")).allSatisfy(a -> {
			// from the window's start (the parameter) ...
			assertThat(a.start())
				.contains("GREATER_EQUAL arg_left=[ COLUMN: PUBLIC.COMPANY_LAPSE.AS_OF ] arg_right=[ DYNAMIC PARAM");
			// ... to the day before the episode began
			assertThat(a.end()).contains(
					"SMALLER arg_left=[ COLUMN: PUBLIC.COMPANY_LAPSE.AS_OF ] arg_right=[ COLUMN: PUBLIC.AUDIT_RESULT.LAPSED_SINCE");
		});
	}

	@Test
	void theEpisodeIsCarriedFromTheFilingsRowsFoundByItsIdentity() throws SQLException {
		assertThat(Plans.subqueryReads(LapseEpisodes.CARRY_FORWARD)).filteredOn(a -> a.table().equals("AUDIT_RESULT"))
			.extracting(Plans.Access::index)
			.containsExactly("AUDIT_RESULT_BY_IDENTITY", "AUDIT_RESULT_BY_IDENTITY");
	}

}
