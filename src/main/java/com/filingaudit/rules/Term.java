package com.filingaudit.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time as a regulation states it: "3 years", "24 months", "30 days", "30 working days".
 * Written in the catalog as {@code 3y}, {@code 24m}, {@code 30d}, {@code 30wd}.
 */
public record Term(int amount, Unit unit) {

	public enum Unit {
		DAYS("d"), WORKING_DAYS("wd"), MONTHS("m"), YEARS("y");

		private final String suffix;

		Unit(String suffix) {
			this.suffix = suffix;
		}
	}

	private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\s*(wd|d|m|y)");

	public Term {
		if (amount < 0) {
			throw new IllegalArgumentException("a term cannot be negative: " + amount);
		}
	}

	public static Term days(int days) {
		return new Term(days, Unit.DAYS);
	}

	public static Term workingDays(int days) {
		return new Term(days, Unit.WORKING_DAYS);
	}

	public static Term months(int months) {
		return new Term(months, Unit.MONTHS);
	}

	public static Term years(int years) {
		return new Term(years, Unit.YEARS);
	}

	/** Parses {@code 3y}, {@code 24m}, {@code 30d} or {@code 30wd}; throws with the accepted forms otherwise. */
	public static Term parse(String text) {
		Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a term: write a number and a unit, e.g. 3y, 24m, 30d or 30wd (working days)");
		}
		int amount = Integer.parseInt(m.group(1));
		return switch (m.group(2)) {
			case "y" -> years(amount);
			case "m" -> months(amount);
			case "wd" -> workingDays(amount);
			default -> days(amount);
		};
	}

	/** The day this term before {@code date}. */
	public LocalDate before(LocalDate date, WorkingCalendar calendar) {
		return switch (unit) {
			case DAYS -> date.minusDays(amount);
			case WORKING_DAYS -> calendar.workingDaysBefore(date, amount);
			case MONTHS -> date.minusMonths(amount);
			case YEARS -> date.minusYears(amount);
		};
	}

	/** The day this term after {@code date}. */
	public LocalDate after(LocalDate date, WorkingCalendar calendar) {
		return switch (unit) {
			case DAYS -> date.plusDays(amount);
			case WORKING_DAYS -> calendar.workingDaysAfter(date, amount);
			case MONTHS -> date.plusMonths(amount);
			case YEARS -> date.plusYears(amount);
		};
	}

	/**
	 * The last day of a term that starts on {@code start}, counting {@code start} itself: a licence issued on
	 * 2023-11-23 for 3 years is valid until 2026-11-22. Where the anniversary has no such day (issued on
	 * 29 February), the term runs to the end of the month, as 民法典 Art. 202 counts it.
	 */
	public LocalDate lastDayFrom(LocalDate start, WorkingCalendar calendar) {
		LocalDate anniversary = after(start, calendar);
		if ((unit == Unit.MONTHS || unit == Unit.YEARS) && anniversary.getDayOfMonth() != start.getDayOfMonth()) {
			anniversary = anniversary.plusDays(1);
		}
		return anniversary.minusDays(1);
	}

	@Override
	public String toString() {
		return amount + unit.suffix;
	}

}
