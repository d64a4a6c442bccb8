package com.filingaudit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Text;

/**
 * Reads the dates analysts type: {@code 2026-11-22}, {@code 2026/1/5}, {@code 2026年1月5日}, {@code 2026.01.05},
 * {@code 20260105}, with or without a time after it. Nothing is guessed: a date that does not exist
 * ({@code 2027-02-30}) is refused.
 */
final class Dates {

	/** Expiry texts meaning the filing never expires. */
	static final Set<String> NO_EXPIRY = Set.of("长期", "长期有效", "永久", "永久有效", "无期限");

	private static final Pattern SEPARATED = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private Dates() {
	}

	/** A date, or the reason it is not one. */
	record Parsed(@Nullable LocalDate date, @Nullable String problem) {
	}

	static Parsed parse(Value value) {
		if (value.date() != null) {
			return new Parsed(value.date(), null);
		}
		String text = Text.fold(value.text());
		Matcher m = SEPARATED.matcher(text);
		if (!m.matches()) {
			m = COMPACT.matcher(text);
		}
		if (!m.matches()) {
			return new Parsed(null, "format");
		}
		try {
			return new Parsed(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))), null);
		}
		catch (DateTimeException ex) {
			return new Parsed(null, "calendar");
		}
	}

	static boolean meansNoExpiry(Value value) {
		return value.date() == null && NO_EXPIRY.contains(Text.key(value.text()));
	}

}
