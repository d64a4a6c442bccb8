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
 * @param lapsedSince for a Lapsed filing, the as-of date of the first run of its current lapse episode
 * @param repeatLapse a Lapsed filing whose company lapsed in a run before this episode began, within the escalation
 * window
 * @param authority the office that issued the licence, when the register names it
 * @param remindedOn the as-of date of the run that last reminded its owner of it, or {@code null}
 * @param remindedTier the tier of that reminder (days before the deadline; 0: at once)
 * @param previousGroup the filing's group in the previous run; {@code null} when it was not there or not asked
 */
public record StagedFiling(Location location, String company, @Nullable String creditCode, String typeCode,
		@Nullable String filingNo, @Nullable LocalDate issueDate, @Nullable LocalDate expiry, boolean expiryDerived,
		boolean noExpiry, @Nullable LocalDate renewalSubmitted, @Nullable String status, @Nullable String region,
		@Nullable String owner, Group group, @Nullable LocalDate deadline, @Nullable Integer daysLeft,
		List<Finding> findings, @Nullable String conflictWith, @Nullable LocalDate lapsedSince,
		boolean repeatLapse, @Nullable String authority, @Nullable LocalDate remindedOn, @Nullable Integer remindedTier,
		@Nullable Group previousGroup) {
}
