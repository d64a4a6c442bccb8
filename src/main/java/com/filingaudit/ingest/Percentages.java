package com.filingaudit.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Text;

/** A shareholding as registers write it: {@code 30%}, {@code 0.3} or {@code 30}, all thirty percent. */
final class Percentages {

	private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%?)");

	private Percentages() {
	}

	/** Percent from 0 to 100, or {@code null} when the text is not one. A bare number below 1 is a fraction. */
	static @Nullable Double parse(String text) {
		Matcher m = NUMBER.matcher(Text.fold(text));
		if (!m.matches()) {
			return null;
		}
		double value = Double.parseDouble(m.group(1));
		double percent = m.group(2).isEmpty() && value < 1 ? value * 100 : value;
		return percent <= 100 ? percent : null;
	}

}
