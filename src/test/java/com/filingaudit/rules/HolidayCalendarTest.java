package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

	private final HolidayCalendar calendar = Calendars.china();

	@ParameterizedTest(name = "{1} working days {0} {2} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# direction | n  | from       | expected      | why
			before      | 1  | 2026-02-24 | 2026-02-14    | the Spring Festival is skipped back to its make-up Saturday
			after       | 1  | 2026-02-13 | 2026-02-14    | a make-up Saturday is a working day
			after       | 2  | 2026-02-13 | 2026-02-24    | nine days of Spring Festival are skipped
			before      | 5  | 2026-03-02 | 2026-02-24    | the make-up Saturday 28 Feb counts
			before      | 30 | 2026-03-31 | 2026-02-11    | thirty working days reach back across the Spring Festival
			after       | 1  | 2026-09-30 | 2026-10-08    | National Day is skipped
			after       | 3  | 2026-09-30 | 2026-10-10    | ...and the make-up Saturday 10 Oct counts
			before      | 1  | 2026-09-21 | 2026-09-20    | the make-up Sunday 20 Sep counts
			before      | 1  | 2026-01-05 | 2026-01-04    | the make-up Sunday after New Year counts
			before      | 2  | 2026-01-05 | 2025-12-31    | New Year 2026 is skipped into 2025
			before      | 1  | 2025-02-05 | 2025-01-27    | the 2025 Spring Festival is skipped
			before      | 2  | 2025-02-05 | 2025-01-26    | ...back to its make-up Sunday
			before      | 1  | 2026-04-07 | 2026-04-03    | Qingming 4-6 April is skipped
			""")
	void countsWorkingDaysAsTheStateCouncilSetsThem(String direction, int n, LocalDate from, LocalDate expected,
			String why) {
		LocalDate result = direction.equals("before") ? calendar.workingDaysBefore(from, n)
				: calendar.workingDaysAfter(from, n);

		assertThat(result).as(why).isEqualTo(expected);
		assertThat(calendar.assumedYears()).isEmpty();
	}

	@Test
	void aYearWithoutNoticeIsCountedMondayToFridayAndRemembered() {
		assertThat(calendar.workingDaysAfter(LocalDate.of(2027, 1, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(calendar.assumedYears()).containsExactly(2027);

		calendar.forgetAssumptions();

		assertThat(calendar.assumedYears()).isEmpty();
	}

	@Test
	void medicalDeviceRenewalWindowIsNinetyToThirtyWorkingDaysBeforeExpiry() {
		LocalDate expiry = LocalDate.of(2026, 4, 30);

		assertThat(Term.workingDays(30).before(expiry, calendar)).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(Term.workingDays(90).before(expiry, calendar)).isEqualTo(LocalDate.of(2025, 12, 17));
	}

}
