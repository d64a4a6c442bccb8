package com.filingaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The report's comparisons with the previous run stay in proportion to the rows: each row finds its filing in the other
 * run through the index on the filing's identity, never by reading that whole run (which, from the second night on,
 * made the report step cost rows × rows).
 */
class ReportLookupPlanTest {

	@Test
	void aFilingsGroupInThePreviousRunIsFoundByItsIdentity() throws SQLException {
		assertThat(Plans.subqueryReads(AuditStore.GROUP_QUERY.formatted(AuditStore.PREVIOUS_GROUP, "")))
			.filteredOn(a -> a.table().equals("AUDIT_RESULT"))
			.extracting(Plans.Access::index)
			.containsExactly("AUDIT_RESULT_BY_IDENTITY");
	}

	@Test
	void aResolvedFilingIsLookedForInThisRunByItsIdentity() throws SQLException {
		assertThat(Plans.subqueryReads("SELECT COUNT(*) " + AuditStore.RESOLVED))
			.filteredOn(a -> a.table().equals("AUDIT_RESULT"))
			.extracting(Plans.Access::index)
			.containsExactly("AUDIT_RESULT_BY_IDENTITY");
	}

}
