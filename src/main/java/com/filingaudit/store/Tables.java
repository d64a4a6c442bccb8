package com.filingaudit.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Whether a table is there, whichever case the database folds unquoted names to. */
final class Tables {

	private Tables() {
	}

	static boolean exists(DataSource dataSource, String table) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
				try (ResultSet tables = meta.getTables(null, null, name, new String[] { "TABLE" })) {
					if (tables.next()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("cannot inspect the database for " + table, ex);
		}
	}

}
