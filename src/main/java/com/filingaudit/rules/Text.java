package com.filingaudit.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: full-width forms folded to half-width, case, spaces and punctuation ignored. */
public final class Text {

	// compiled once: these run several times for every row read
	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

	private static final Pattern ANY_SPACE = Pattern.compile("\\s+");

	private static final Pattern OPENING = Pattern.compile("[〔【\\[(（]");

	private static final Pattern CLOSING = Pattern.compile("[〕】\\])）]");

	private static final Pattern IGNORED_IN_KEYS = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}]");

	private Text() {
	}

	/**
	 * Text as written, less what cannot be seen: zero-width characters removed, non-breaking and repeated spaces made
	 * one space, ends trimmed. Chinese punctuation stays as it is.
	 */
	public static String clean(String text) {
		if (nothingToClean(text)) {
			return text;
		}
		return SPACES.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
	}

	/** Most values hold no space or invisible character at all: they are returned as they are. */
	private static boolean nothingToClean(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c >= '\u200B' && c <= '\u200D'
					|| c == '\u2060' || c == '\uFEFF') {
				return false;
			}
		}
		return true;
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
		String key = ANY_SPACE.matcher(fold(number).toUpperCase(Locale.ROOT)).replaceAll("");
		return CLOSING.matcher(OPENING.matcher(key).replaceAll("[")).replaceAll("]");
	}

	/** The form two names are compared in: {@code ＩＣＰ 许可证} and {@code icp许可证} have the same key. */
	public static String key(String text) {
		return IGNORED_IN_KEYS.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll("");
	}

}
