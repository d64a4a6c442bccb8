package com.filingaudit.rules;

import java.time.LocalDate;

/**
 * Counts working days. "N working days before E" starts at E and steps back one working day at a time, N times;
 * E itself is not counted. "After" likewise forward.
 */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate date);

	default LocalDate workingDaysBefore(LocalDate date, int workingDays) {
		LocalDate day = date;
		for (int counted = 0; counted < workingDays;) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	default LocalDate workingDaysAfter(LocalDate date, int workingDays) {
		LocalDate day = date;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
