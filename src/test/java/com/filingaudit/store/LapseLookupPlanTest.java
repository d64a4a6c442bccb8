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
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The history step's look-ups stay cheap as the history grows (a year of nightly runs of a million filings): HSQLDB's
 * own plans (EXPLAIN PLAN) read a company's earlier lapses as one range of an index bounded at both ends by the run's
 * as-of date, and a filing's previous run through the index on its identity, never a whole run or a whole company.
 */
class LapseLookupPlanTest {

	/** One table read of a plan: {@code table}, {@code index}, and the conditions that bound the index range. */
	private record Access(String table, String index, String start, String end) {
	}

	private static final Pattern ACCESS = Pattern.compile("table=(\\w+).*?index=(\\w+)", Pattern.DOTALL);

	@Test
	void anEarlierLapseOfTheCompanyIsOneIndexRangeBoundedByTheWindowAndTheEpisode() throws SQLException {
		List<Access> reads = subqueryReads(LapseEpisodes.MARK_REPEATED);

		assertThat(reads).filteredOn(a -> a.table().equals("AUDIT_RESULT"))
			.extracting(Access::index)
			.containsExactly("AUDIT_RESULT_BY_CREDIT", "AUDIT_RESULT_BY_COMPANY");
		assertThat(reads).filteredOn(a -> a.table().equals("AUDIT_RESULT")).allSatisfy(a -> {
			// from the window's start (the parameter) ...
			assertThat(a.start())
				.contains("GREATER_EQUAL arg_left=[ COLUMN: PUBLIC.AUDIT_RESULT.AS_OF ] arg_right=[ DYNAMIC PARAM");
			// ... to the day before the episode began
			assertThat(a.end()).contains(
					"SMALLER arg_left=[ COLUMN: PUBLIC.AUDIT_RESULT.AS_OF ] arg_right=[ COLUMN: PUBLIC.AUDIT_RESULT.LAPSED_SINCE");
		});
	}

	@Test
	void theEpisodeIsCarriedFromTheFilingsRowsFoundByItsIdentity() throws SQLException {
		assertThat(subqueryReads(LapseEpisodes.CARRY_FORWARD)).filteredOn(a -> a.table().equals("AUDIT_RESULT"))
			.extracting(Access::index)
			.containsExactly("AUDIT_RESULT_BY_IDENTITY", "AUDIT_RESULT_BY_IDENTITY");
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

	/** The table reads of a statement's subqueries, in the order of the plan. */
	private static List<Access> subqueryReads(String sql) throws SQLException {
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

}
