package com.filingaudit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Text;

/**
 * Reads the dates analysts type: {@code 2026-11-22}, {@code 2026/1/5}, {@code 2026年1月5日}, {@code 2026.01.05},
 * {@code 20260105}, with or without a time after it, full-width digits, Excel serial numbers written as text
 * ({@code 46447}) between 1990 and 2100. Nothing is guessed: a day that does not exist ({@code 2027-02-30}), a
 * two-digit year, or a day and month that could be either way round ({@code 03/04/2027}) are refused with the reason,
 * unless the register is known to write the year last in one {@link DateOrder}.
 */
final class Dates {

	/** Expiry texts meaning the filing never expires. */
	static final Set<String> NO_EXPIRY = Set.of("长期", "长期有效", "永久", "永久有效", "无期限", "无固定期限");

	private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";

	private static final String YMD = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?";

	private static final Pattern YEAR_FIRST = Pattern.compile(YMD + TIME);

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})" + TIME);

	private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})" + TIME);

	private static final Pattern TWO_DIGIT_YEAR = Pattern
		.compile("\\d{1,2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?" + TIME);

	private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");

	/**
	 * A date inside longer text, as in a validity range {@code 2024-03-01至2027-02-28}. The year-last form comes first,
	 * so that in {@code 03/04/2022 - 03/04/2027} the {@code 2022 - 03/04} between the dates is never taken for one.
	 */
	private static final Pattern IN_TEXT = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)"
			+ "|(?<!\\d)" + YMD + "|(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

	/** What is left of a range once its dates are read and still looks like part of a date: a date not understood. */
	private static final Pattern DATE_LEFT_OVER = Pattern.compile("\\d\\s*[-/.年月]\\s*\\d");

	/** Excel's day 0 in the 1900 date system (which counts 1900 as a leap year: serials from 61 on). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/**
	 * The serial numbers read as dates: 1990-01-01 to 2100-12-31. Any other number of five digits in a date column is
	 * more likely a typing slip or a number pasted into the wrong column than a licence date.
	 */
	static final int FIRST_SERIAL = 32874;

	static final int LAST_SERIAL = 73415;

	private Dates() {
	}

	/**
	 * A date, or why it is not one: {@code format}, {@code calendar}, {@code twoDigitYear}, {@code ambiguous},
	 * {@code serial}.
	 */
	record Parsed(@Nullable LocalDate date, @Nullable String problem) {

		static Parsed problem(String problem) {
			return new Parsed(null, problem);
		}

	}

	static Parsed parse(Value value) {
		return parse(value, DateOrder.YMD);
	}

	static Parsed parse(Value value, DateOrder order) {
		if (value.date() != null) {
			return new Parsed(value.date(), null);
		}
		String text = Text.fold(value.text());
		Matcher m = YEAR_FIRST.matcher(text);
		if (m.matches() || (m = COMPACT.matcher(text)).matches()) {
			return of(m.group(1), m.group(2), m.group(3));
		}
		if ((m = SERIAL.matcher(text)).matches()) {
			int serial = Integer.parseInt(m.group(1));
			return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? new Parsed(EXCEL_EPOCH.plusDays(serial), null)
					: Parsed.problem("serial");
		}
		if ((m = YEAR_LAST.matcher(text)).matches()) {
			return yearLast(m.group(1), m.group(2), m.group(3), order);
		}
		if (TWO_DIGIT_YEAR.matcher(text).matches()) {
			return Parsed.problem("twoDigitYear");
		}
		return Parsed.problem("format");
	}

	private static Parsed yearLast(String first, String second, String year, DateOrder order) {
		return switch (order) {
			case DMY -> of(year, second, first);
			case MDY -> of(year, first, second);
			case YMD -> {
				int a = Integer.parseInt(first);
				int b = Integer.parseInt(second);
				if (a <= 12 && b <= 12 && a != b) {
					yield Parsed.problem("ambiguous");
				}
				yield a > 12 ? of(year, second, first) : of(year, first, second);
			}
		};
	}

	private static Parsed of(String year, String month, String day) {
		try {
			return new Parsed(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)),
					null);
		}
		catch (DateTimeException ex) {
			return Parsed.problem("calendar");
		}
	}

	static boolean meansNoExpiry(Value value) {
		return value.date() == null && NO_EXPIRY.contains(Text.key(value.text()));
	}

	/** A validity range: its start and end, an open end for 长期, or why it is not one. */
	record Range(@Nullable LocalDate start, @Nullable LocalDate end, boolean noEnd, @Nullable String problem) {
	}

	/**
	 * Reads {@code 2024-03-01至2027-02-28}, {@code 2024年3月1日-2027年2月28日}, {@code 2024.03.01~2027.02.28},
	 * {@code 2024/3/1 到 2027/2/28}, {@code 2024-03-01至长期}, and year-last dates ({@code 13/04/2022 - 13/04/2027}) in
	 * the register's order; a single date is the end of validity. Text with a date it cannot read is refused, never
	 * read as the one date it could.
	 */
	static Range range(Value value, DateOrder order) {
		if (value.date() != null) {
			return new Range(null, value.date(), false, null);
		}
		String text = Text.fold(value.text());
		List<LocalDate> dates = new ArrayList<>();
		Matcher m = IN_TEXT.matcher(text);
		while (m.find()) {
			Parsed parsed = m.group(1) != null ? yearLast(m.group(1), m.group(2), m.group(3), order)
					: m.group(4) != null ? of(m.group(4), m.group(5), m.group(6)) : of(m.group(7), m.group(8), m.group(9));
			if (parsed.problem() != null) {
				return new Range(null, null, false, parsed.problem());
			}
			dates.add(parsed.date());
		}
		boolean noEnd = NO_EXPIRY.stream().anyMatch(text::contains);
		boolean understood = !DATE_LEFT_OVER.matcher(m.replaceAll(" ")).find();
		if (understood && dates.size() == 2 && !noEnd) {
			return new Range(dates.get(0), dates.get(1), false, null);
		}
		if (understood && dates.size() == 1) {
			return noEnd ? new Range(dates.get(0), null, true, null) : new Range(null, dates.get(0), false, null);
		}
		return new Range(null, null, false, "range");
	}

}
