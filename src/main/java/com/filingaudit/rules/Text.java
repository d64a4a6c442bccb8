package com.filingaudit.rules;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: full-width forms folded to half-width, case, spaces and punctuation ignored. */
public final class Text {

	private Text() {
	}

	/**
	 * Text as written, less what cannot be seen: zero-width characters removed, non-breaking and repeated spaces made
	 * one space, ends trimmed. Chinese punctuation stays as it is.
	 */
	public static String clean(String text) {
		return text.replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF]", "").replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
	}

	/** As {@link #clean(String)}, with full-width letters, digits and punctuation made half-width (NFKC). */
	public static String fold(String text) {
		return clean(Normalizer.normalize(text, Normalizer.Form.NFKC));
	}

	/**
	 * The form two filing numbers are compared in: full-width folded, upper case, no spaces, and the brackets
	 * 〔〕[]【】() alike, so that {@code 京网文〔2023〕1034-029号} and {@code 京网文[2023]1034-029号} are one number.
	 */
	public static String numberKey(String number) {
		return fold(number).toUpperCase(Locale.ROOT)
			.replaceAll("\\s+", "")
			.replaceAll("[〔【\\[(（]", "[")
			.replaceAll("[〕】\\])）]", "]");
	}

	/** The form two names are compared in: {@code ＩＣＰ 许可证} and {@code icp许可证} have the same key. */
	public static String key(String text) {
		return fold(text).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "");
	}

}
