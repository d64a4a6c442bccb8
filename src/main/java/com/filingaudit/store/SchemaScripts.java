package com.filingaudit.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

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
		return !tableExists() && super.initializeDatabase();
	}

	private boolean tableExists() {
		try (Connection connection = getDataSource().getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (String name : List.of(markerTable.toUpperCase(Locale.ROOT), markerTable.toLowerCase(Locale.ROOT))) {
				try (ResultSet tables = meta.getTables(null, null, name, new String[] { "TABLE" })) {
					if (tables.next()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("cannot inspect the database for " + markerTable, ex);
		}
	}

}
