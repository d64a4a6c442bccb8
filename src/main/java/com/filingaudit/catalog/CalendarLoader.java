package com.filingaudit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import com.filingaudit.rules.HolidayCalendar;

/**
 * Reads the built-in working-day calendar and, when the user names one ({@code audit.calendar}), theirs: a year in
 * the user's file replaces or adds to the built-in one, so a new year's notice needs no new release.
 */
final class CalendarLoader {

	static final String BUILT_IN = "calendar/cn-holidays.yml";

	private CalendarLoader() {
	}

	static HolidayCalendar load(@Nullable Path userCalendar) {
		Map<Integer, HolidayCalendar.Year> years = new LinkedHashMap<>();
		try (InputStream in = CalendarLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new CatalogException("the built-in calendar " + BUILT_IN + " is missing from the jar");
			}
			read(BUILT_IN, in, years);
		}
		catch (IOException ex) {
			throw new CatalogException("cannot read the built-in calendar: " + ex.getMessage(), ex);
		}
		if (userCalendar != null) {
			if (!Files.isRegularFile(userCalendar)) {
				throw new CatalogException("audit.calendar: " + userCalendar + " does not exist or is not a file");
			}
			try (InputStream in = Files.newInputStream(userCalendar)) {
				read(userCalendar.toString(), in, years);
			}
			catch (IOException ex) {
				throw new CatalogException("cannot read the calendar " + userCalendar + ": " + ex.getMessage(), ex);
			}
		}
		return new HolidayCalendar(years.values());
	}

	private static void read(String file, InputStream in, Map<Integer, HolidayCalendar.Year> years) throws IOException {
		Node root;
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
			throw new CatalogException(file + " line " + line + ": " + ex.getProblem(), ex);
		}
		if (root == null) {
			throw new CatalogException(file + " is empty");
		}
		YamlNode top = new YamlNode(file, root);
		YamlNode.required(top.map(Set.of("years")), "years", top).map(Set.of()).forEach((key, node) -> {
			int year;
			try {
				year = Integer.parseInt(key);
			}
			catch (NumberFormatException ex) {
				throw node.error("'" + key + "' is not a year");
			}
			Map<String, YamlNode> spec = node.map(Set.of("notice", "holidays", "workdays"));
			String notice = YamlNode.required(spec, "notice", node).string();
			try {
				years.put(year, new HolidayCalendar.Year(year, notice, days(YamlNode.required(spec, "holidays", node)),
						spec.containsKey("workdays") ? days(spec.get("workdays")) : Set.of()));
			}
			catch (IllegalArgumentException ex) {
				throw node.error(ex.getMessage());
			}
		});
	}

	/** Days written one by one or as ranges {@code 2026-02-15..2026-02-23}. */
	private static Set<LocalDate> days(YamlNode list) {
		Set<LocalDate> days = new LinkedHashSet<>();
		for (YamlNode item : list.list()) {
			String text = item.string();
			try {
				String[] ends = text.split("\\.\\.");
				LocalDate first = LocalDate.parse(ends[0].strip());
				LocalDate last = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : first;
				if (last.isBefore(first) || ends.length > 2) {
					throw item.error("'" + text + "' is not a day or a range first..last");
				}
				first.datesUntil(last.plusDays(1)).forEach(days::add);
			}
			catch (DateTimeException ex) {
				throw item.error("'" + text + "' is not a date like 2026-02-15 or a range 2026-02-15..2026-02-23");
			}
		}
		return days;
	}

}
