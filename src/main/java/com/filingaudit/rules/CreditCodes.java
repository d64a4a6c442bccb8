package com.filingaudit.rules;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character set, the 9th
 * to 17th being the organisation code of GB 11714 with its own check character, the 18th a check character over the
 * first 17. A 15-digit number is a registration number from before the unified code (2015), not a wrong code.
 */
public final class CreditCodes {

	/** The 31 characters, valued 0 to 30: no I, O, S, V or Z. */
	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** Registration authorities (position 1): 机构编制, 外交, 司法行政, 文化, 民政, 旅游, 宗教, 工会, 市场监管, 军队, 农业, 其他. */
	static final String AUTHORITIES = "123456789ANY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private CreditCodes() {
	}

	/** What a check found: {@code valid}, {@code legacy}, or the failed check and its argument. */
	public record Check(Kind kind, @Nullable String detail) {

		public enum Kind {
			VALID, LEGACY, LENGTH, CHARACTER, AUTHORITY, ORGANISATION_CHECK, CHECK_CHARACTER
		}

	}

	public static Check check(String written) {
		String code = Text.fold(written).replace(" ", "").toUpperCase(Locale.ROOT);
		if (code.matches("\\d{15}")) {
			return new Check(Check.Kind.LEGACY, null);
		}
		if (code.length() != 18) {
			return new Check(Check.Kind.LENGTH, String.valueOf(code.length()));
		}
		for (int i = 0; i < 18; i++) {
			if (CHARSET.indexOf(code.charAt(i)) < 0) {
				return new Check(Check.Kind.CHARACTER, (i + 1) + ":" + code.charAt(i));
			}
		}
		if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
			return new Check(Check.Kind.AUTHORITY, String.valueOf(code.charAt(0)));
		}
		char organisation = organisationCheck(code.substring(8, 16));
		if (organisation != code.charAt(16)) {
			return new Check(Check.Kind.ORGANISATION_CHECK, String.valueOf(organisation));
		}
		char check = checkCharacter(code);
		if (check != code.charAt(17)) {
			return new Check(Check.Kind.CHECK_CHARACTER, String.valueOf(check));
		}
		return new Check(Check.Kind.VALID, null);
	}

	/** C18 = 31 − (Σ Cᵢ·Wᵢ mod 31), 31 written as 0, Wᵢ = 3^(i−1) mod 31. */
	static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int value = 31 - sum % 31;
		return CHARSET.charAt(value == 31 ? 0 : value);
	}

	/** GB 11714: C9 = 11 − (Σ Cᵢ·Wᵢ mod 11), letters valued A=10 … Z=35; 10 is X and 11 is 0. */
	static char organisationCheck(String body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += value * ORGANISATION_WEIGHTS[i];
		}
		int value = 11 - sum % 11;
		return value == 10 ? 'X' : value == 11 ? '0' : (char) ('0' + value);
	}

}
