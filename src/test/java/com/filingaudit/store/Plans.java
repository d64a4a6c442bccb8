package com.filingaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** HSQLDB's own plans (EXPLAIN PLAN) of the product's statements, on the product's schema in a database in memory. */
final class Plans {

	/** One table read of a plan: {@code table}, {@code index}, and the conditions that bound the index range. */
	record Access(String table, String index, String start, String end) {
	}

	private static final Pattern ACCESS = Pattern.compile("table=(\\w+).*?index=(\\w+)", Pattern.DOTALL);

	private Plans() {
	}

	/** The table reads of a statement's subqueries, in the order of the plan. */
	static List<Access> subqueryReads(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:mem:plan" + System.nanoTime(), "SA",
				"")) {
			Flyway.configure()
				.dataSource(new SingleConnectionDataSource(connection, true))
				.javaMigrations(new V3__Date_lapse_episodes())
				.load()
				.migrate();
			StringBuilder plan = new StringBuilder();
			try (PreparedStatement explain = connection.prepareStatement("EXPLAIN PLAN FOR " + sql);
					ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
			}
			String subqueries = plan.substring(plan.indexOf("SUBQUERIES["));
			List<Access> reads = new ArrayList<>();
			String[] parts = subqueries.split("range variable");
			for (String read : Arrays.asList(parts).subList(1, parts.length)) {
				Matcher access = ACCESS.matcher(read);
				assertThat(access.find()).as(read).isTrue();
				reads.add(new Access(access.group(1), access.group(2),
						spaced(between(read, "start conditions=[", "end condition=[", "other condition=[")),
						spaced(between(read, "end condition=[", "other condition=["))));
			}
			return reads;
		}
	}

	/** A plan's text with each run of white space one space (its indentation varies with the depth). */
	private static String spaced(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** What follows {@code from} in a read, up to the first of {@code to} that follows; empty without {@code from}. */
	private static String between(String read, String from, String... to) {
		int start = read.indexOf(from);
		if (start < 0) {
			return "";
		}
		int end = read.length();
		for (String next : to) {
			int at = read.indexOf(next, start);
			end = at < 0 ? end : Math.min(end, at);
		}
		return read.substring(start + from.length(), end);
	}

}
