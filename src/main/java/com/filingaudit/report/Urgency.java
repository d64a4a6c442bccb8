package com.filingaudit.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How soon a filing's deadline is: overdue, within each configured tier (by default 7, 14 and 30 days), or beyond.
 *
 * @param tiers days to the deadline, ascending
 */
record Urgency(List<Integer> tiers) {

	Urgency {
		tiers = List.copyOf(tiers);
		for (int i = 1; i < tiers.size(); i++) {
			if (tiers.get(i) <= tiers.get(i - 1)) {
				throw new IllegalArgumentException("audit.report.urgency-tiers must ascend: " + tiers);
			}
		}
	}

	/** 0 for overdue, 1 to n for the tiers, n + 1 beyond the last; {@code -1} without a deadline. */
	int tier(@Nullable LocalDate deadline, LocalDate asOf) {
		if (deadline == null) {
			return -1;
		}
		long days = ChronoUnit.DAYS.between(asOf, deadline);
		if (days < 0) {
			return 0;
		}
		for (int i = 0; i < tiers.size(); i++) {
			if (days <= tiers.get(i)) {
				return i + 1;
			}
		}
		return tiers.size() + 1;
	}

}
