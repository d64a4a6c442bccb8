package com.filingaudit.store;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;

/**
 * Creates a set of tables on first start, on any database: the scripts run only when their marker table is missing,
 * so a database that already holds them (a restart, or a server shared with other jobs) is left alone.
 */
class SchemaScripts extends DataSourceScriptDatabaseInitializer {

	private final String markerTable;

	SchemaScripts(DataSource dataSource, String markerTable, List<String> locations) {
		super(dataSource, settings(locations));
		this.markerTable = markerTable;
	}

	private static DatabaseInitializationSettings settings(List<String> locations) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(locations);
		settings.setMode(DatabaseInitializationMode.ALWAYS);
		return settings;
	}

	@Override
	public boolean initializeDatabase() {
		if (Tables.exists(getDataSource(), markerTable)) {
			return false;
		}
		try {
			return super.initializeDatabase();
		}
		catch (RuntimeException ex) {
			// another process on the same new database (an instance, a worker) created them at the same moment
			if (Tables.exists(getDataSource(), markerTable)) {
				return false;
			}
			throw ex;
		}
	}

}
