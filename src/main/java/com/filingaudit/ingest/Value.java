package com.filingaudit.ingest;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Text;

/**
 * A cell as read: its text as the analyst sees it, and its date when the workbook stored it as a date.
 */
public record Value(String text, @Nullable LocalDate date) {

	public static final Value BLANK = new Value("", null);

	public static Value text(@Nullable String text) {
		return text == null || text.isEmpty() ? BLANK : new Value(text, null);
	}

	public boolean isBlank() {
		return date == null && Text.clean(text).isEmpty();
	}

}
