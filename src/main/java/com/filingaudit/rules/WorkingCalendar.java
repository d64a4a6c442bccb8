package com.filingaudit.rules;

import java.time.LocalDate;

/**
 * Counts working days. "N working days before E" starts at E and steps back one working day at a time, N times;
 * E itself is not counted. "After" likewise forward.
 */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate date);

	default LocalDate workingDaysBefore(LocalDate date, int workingDays) {
		return step(date, workingDays, -1);
	}

	default LocalDate workingDaysAfter(LocalDate date, int workingDays) {
		return step(date, workingDays, 1);
	}

	private LocalDate step(LocalDate date, int workingDays, int direction) {
		LocalDate day = date;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(direction);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
