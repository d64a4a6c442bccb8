package com.filingaudit.rules;

import java.time.LocalDate;

/**
 * Counts working days. "N working days before E" starts at E and steps back one working day at a time, N times;
 * E itself is not counted.
 */
public interface WorkingCalendar {

	LocalDate workingDaysBefore(LocalDate date, int workingDays);

	LocalDate workingDaysAfter(LocalDate date, int workingDays);

	/**
	 * Until the State Council's holiday calendar is loaded, a working-day count is taken as that many calendar
	 * days times 7/5, rounded up: 30 working days are 42 calendar days.
	 */
	WorkingCalendar APPROXIMATE = new WorkingCalendar() {

		@Override
		public LocalDate workingDaysBefore(LocalDate date, int workingDays) {
			return date.minusDays(calendarDays(workingDays));
		}

		@Override
		public LocalDate workingDaysAfter(LocalDate date, int workingDays) {
			return date.plusDays(calendarDays(workingDays));
		}

		private static long calendarDays(int workingDays) {
			return (workingDays * 7L + 4) / 5;
		}
	};

}
