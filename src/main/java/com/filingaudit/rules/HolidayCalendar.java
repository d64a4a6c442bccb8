package com.filingaudit.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * China's working days: Monday to Friday, less the public holidays the State Council announces for each year, plus
 * the make-up working days (调休) it names. For a year it has no notice for, Monday to Friday, and it remembers that
 * it had to assume so, for the report to say.
 */
public final class HolidayCalendar implements WorkingCalendar {

	/** One year as its notice gives it. */
	public record Year(int year, String notice, Set<LocalDate> holidays, Set<LocalDate> workdays) {

		public Year {
			holidays = Set.copyOf(holidays);
			workdays = Set.copyOf(workdays);
			for (LocalDate day : holidays) {
				if (day.getYear() != year || workdays.contains(day)) {
					throw new IllegalArgumentException(day + " cannot be a holiday of " + year);
				}
			}
			for (LocalDate day : workdays) {
				if (day.getYear() != year) {
					throw new IllegalArgumentException(day + " is not in " + year);
				}
			}
		}

	}

	private final TreeMap<Integer, Year> years = new TreeMap<>();

	private final Set<Integer> assumed = ConcurrentHashMap.newKeySet();

	public HolidayCalendar(Collection<Year> years) {
		years.forEach(y -> this.years.put(y.year(), y));
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		Year year = years.get(date.getYear());
		if (year == null) {
			assumed.add(date.getYear());
		}
		else if (year.workdays().contains(date)) {
			return true;
		}
		else if (year.holidays().contains(date)) {
			return false;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** The years counted Monday to Friday because no notice was loaded for them, since the last call to forget. */
	public SortedSet<Integer> assumedYears() {
		return new TreeSet<>(assumed);
	}

	/** Starts a new run's record of assumed years. */
	public void forgetAssumptions() {
		assumed.clear();
	}

	public Collection<Year> years() {
		return years.values();
	}

	/** E.g. {@code 2024–2026}: the years the calendar knows. */
	public String coverage() {
		if (years.isEmpty()) {
			return "-";
		}
		int first = years.firstKey();
		int last = years.lastKey();
		return first == last ? String.valueOf(first) : first + "–" + last;
	}

}
