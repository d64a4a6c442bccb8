package com.filingaudit.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The audit of one filing on one day.
 *
 * @param expiry the last valid day, from the row or derived from issue date and validity; {@code null} if none
 * @param expiryDerived {@code expiry} was derived rather than written in the row
 */
public record Assessment(Filing filing, LocalDate asOf, @Nullable LocalDate expiry, boolean expiryDerived,
		List<Finding> findings) {

	public Assessment {
		findings = List.copyOf(findings);
	}

	/** The group of the most severe finding; {@link Group#OK} with none. */
	public Group group() {
		return findings.stream()
			.map(Finding::group)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(Group.OK);
	}

	/** The earliest deadline among the findings that put the filing in its group. */
	public @Nullable LocalDate deadline() {
		Group group = group();
		return findings.stream()
			.filter(f -> f.group() == group)
			.map(Finding::deadline)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/** Days from the as-of date to expiry: negative once expired, {@code null} without an expiry. */
	public @Nullable Long daysLeft() {
		return expiry == null ? null : ChronoUnit.DAYS.between(asOf, expiry);
	}

}
