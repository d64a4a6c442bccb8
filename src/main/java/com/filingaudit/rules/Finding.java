package com.filingaudit.rules;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One thing found about a filing.
 *
 * @param code what was found
 * @param deadline the day by which the analyst must act
 * @param reference the date the rule measured from: the expiry date for renewals, the due date for inspections;
 * {@code null} for status findings
 */
public record Finding(FindingCode code, LocalDate deadline, @Nullable LocalDate reference) {

	/** The finding's group; {@code null} for a remark. */
	public @Nullable Group group() {
		return code.group();
	}

}
