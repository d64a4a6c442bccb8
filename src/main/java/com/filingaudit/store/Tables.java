package com.filingaudit.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Small database helpers: whether a table is there, queries that need only their first rows. */
public final class Tables {

	private Tables() {
	}

	/** A template for queries that need only their first {@code rows} rows: the driver stops fetching there. */
	public static JdbcTemplate limitedTo(JdbcTemplate jdbc, int rows) {
		JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
		limited.setMaxRows(rows);
		return limited;
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
