package com.filingaudit.store;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Brings the product's tables to the current version with Flyway ({@code db/migration}), keeping the run history
 * that the changes since the previous run and the escalation ladder depend on. A database that a release before
 * migrations created holds the tables but no migration history: it is taken as version 1, the schema that release
 * created, and migrated from there. A database that holds only other tables (Batch's own, or a shared server
 * schema) is baselined below version 1 by {@code spring.flyway.baseline-on-migrate}, and gets every migration.
 * <p>
 * Manager and workers are often started together on a new database, one migrating while another looks: the tables
 * are looked for before the history, so that tables seen are never tables whose history was not (a migration and its
 * history row are committed together), and are never taken for a release's before migrations.
 */
class ProductSchema implements FlywayMigrationStrategy {

	static final String BEFORE_MIGRATIONS = "1";

	@Override
	public void migrate(Flyway flyway) {
		if (Tables.exists(flyway.getConfiguration().getDataSource(), "AUDIT_RUN")
				&& flyway.info().applied().length == 0) {
			Flyway.configure()
				.configuration(flyway.getConfiguration())
				.baselineVersion(BEFORE_MIGRATIONS)
				.baselineDescription("tables created before migrations")
				.load()
				.baseline();
		}
		flyway.migrate();
	}

}
