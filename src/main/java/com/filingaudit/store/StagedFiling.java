package com.filingaudit.store;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.filingaudit.ingest.Location;
import com.filingaudit.rules.Finding;
import com.filingaudit.rules.Group;

/**
 * An audited filing as the run staged it for the report.
 *
 * @param conflictWith where the same filing number stands for another company, or {@code null}
 * @param lapsedInRecentRun the same company had a lapsed filing in another completed run within the escalation
 * window (asked only for the Lapsed sheet)
 * @param previousGroup the filing's group in the previous run; {@code null} when it was not there or not asked
 */
public record StagedFiling(Location location, String company, @Nullable String creditCode, String typeCode,
		@Nullable String filingNo, @Nullable LocalDate issueDate, @Nullable LocalDate expiry, boolean expiryDerived,
		boolean noExpiry, @Nullable LocalDate renewalSubmitted, @Nullable String status, @Nullable String region,
		@Nullable String owner, Group group, @Nullable LocalDate deadline, @Nullable Integer daysLeft,
		List<Finding> findings, @Nullable String conflictWith, boolean lapsedInRecentRun,
		@Nullable Group previousGroup) {
}
