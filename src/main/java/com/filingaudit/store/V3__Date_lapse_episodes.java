package com.filingaudit.store;

import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Dates the lapse episodes of the runs kept from before version 2, run by run in the order they audited, as each run
 * now does for itself: without it, every lapse still going on at the upgrade would look like a new episode after an
 * earlier lapse, a repeated one.
 */
class V3__Date_lapse_episodes extends BaseJavaMigration {

	private record Run(long instanceId, LocalDate asOf) {
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		List<Run> runs = jdbc.query("""
				SELECT INSTANCE_ID, AS_OF FROM AUDIT_RUN WHERE STATUS = 'COMPLETED' ORDER BY AS_OF, EXECUTION_ID""",
				(rs, n) -> new Run(rs.getLong(1), rs.getObject(2, LocalDate.class)));
		Long previous = null;
		for (Run run : runs) {
			LapseEpisodes.carryForward(jdbc, run.instanceId(), previous, run.asOf());
			previous = run.instanceId();
		}
	}

}
