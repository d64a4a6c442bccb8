package com.filingaudit.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Text;

/**
 * Reads an MLPS protection level as registers write it: {@code 3}, {@code 三级}, {@code 第三级}, {@code Level 3}, or
 * the S/A/G grading {@code S3A3G3}, whose level is the highest of its parts.
 */
final class ProtectionLevels {

	private static final Pattern GRADING = Pattern.compile("S([1-5])A([1-5])G([1-5])");

	private static final Pattern PLAIN = Pattern.compile("(?:LEVEL|L|第)?\\s*([1-5一二三四五])\\s*(?:级)?");

	private static final String NUMERALS = "一二三四五";

	private ProtectionLevels() {
	}

	/** The level 1 to 5, or {@code null} when the text is not one. */
	static @Nullable Integer parse(String text) {
		String folded = Text.fold(text).toUpperCase(Locale.ROOT).replace(" ", "");
		Matcher m = GRADING.matcher(folded);
		if (m.matches()) {
			return Math.max(Integer.parseInt(m.group(1)), Math.max(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		}
		m = PLAIN.matcher(folded);
		if (!m.matches()) {
			return null;
		}
		String digit = m.group(1);
		int numeral = NUMERALS.indexOf(digit);
		return numeral >= 0 ? numeral + 1 : Integer.parseInt(digit);
	}

}
