package com.filingaudit.ingest;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;


/**
 * A cell as read: its text as the analyst sees it, and its date when the workbook stored it as a date.
 */
public record Value(String text, @Nullable LocalDate date) {

	public static final Value BLANK = new Value("", null);

	private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF";

	public static Value text(@Nullable String text) {
		return text == null || text.isEmpty() ? BLANK : new Value(text, null);
	}

	/** No date and no visible character: spaces, non-breaking and zero-width characters do not count. */
	public boolean isBlank() {
		if (date != null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && INVISIBLE.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

}
