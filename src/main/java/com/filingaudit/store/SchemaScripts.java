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
		return !Tables.exists(getDataSource(), markerTable) && super.initializeDatabase();
	}

}
