package com.filingaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The 2025 and 2026 State Council calendars, written out for tests of the rules. */
final class Calendars {

	private Calendars() {
	}

	static HolidayCalendar china() {
		return new HolidayCalendar(List.of(
				new HolidayCalendar.Year(2025, "国办发明电〔2024〕12号",
						days("2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
								"2025-05-31..2025-06-02", "2025-10-01..2025-10-08"),
						days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")),
				new HolidayCalendar.Year(2026, "2026年部分节假日安排",
						days("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
								"2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
								"2026-10-01..2026-10-07"),
						days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"))));
	}

	private static Set<LocalDate> days(String... ranges) {
		List<LocalDate> days = new ArrayList<>();
		for (String range : ranges) {
			String[] ends = range.split("\\.\\.");
			LocalDate first = LocalDate.parse(ends[0]);
			LocalDate last = ends.length > 1 ? LocalDate.parse(ends[1]) : first;
			first.datesUntil(last.plusDays(1)).forEach(days::add);
		}
		return Set.copyOf(days);
	}

}
