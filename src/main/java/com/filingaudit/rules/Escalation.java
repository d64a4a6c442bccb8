package com.filingaudit.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How regulators escalate a lapse, as consultancies describe practice: a first short lapse draws a rectification
 * order or written warning; a long one, or a missed inspection, public criticism and a credit record; repeated lapses
 * service restriction, removal and revocation.
 * <p>
 * A lapse is counted in episodes: an unbroken series of runs in which the filing is Lapsed. It is a repeated lapse
 * when the company had a Lapsed filing in a run dated before this episode began, within {@link #repeatWithinDays}:
 * another filing that lapsed earlier, or this one in an earlier episode. A lapse that goes on night after night does
 * not repeat itself, and lapses that begin in the same run do not aggravate each other.
 *
 * @param creditRecordAfterDays a lapse longer than this is no longer a first short one
 * @param repeatWithinDays a lapse of the same company in a run this recent makes the lapse a repeated one
 * @param source where the ladder comes from
 */
public record Escalation(int creditRecordAfterDays, int repeatWithinDays, String source) {

	public static final Escalation DEFAULT = new Escalation(30, 365, "");

	/** The rungs, lowest first. */
	public enum Exposure {
		WARNING, CREDIT_RECORD, REVOCATION_RISK
	}

	/**
	 * @param findings the Lapsed filing's findings
	 * @param lapsedSince the as-of date of the first run of its current lapse episode, when known
	 * @param repeatedLapse the company lapsed before this episode began, within {@link #repeatWithinDays}
	 */
	public Exposure exposure(List<Finding> findings, @Nullable LocalDate lapsedSince, boolean repeatedLapse,
			LocalDate asOf) {
		if (repeatedLapse) {
			return Exposure.REVOCATION_RISK;
		}
		boolean inspectionLapsed = findings.stream().anyMatch(f -> f.code() == FindingCode.INSPECTION_LAPSED);
		if (inspectionLapsed || daysLapsed(findings, lapsedSince, asOf) > creditRecordAfterDays) {
			return Exposure.CREDIT_RECORD;
		}
		return Exposure.WARNING;
	}

	/**
	 * How long the filing has been lapsed: since its expiry when it expired, else since the first run that saw the
	 * lapse (a cancellation is dated by the register only as a status).
	 */
	static long daysLapsed(List<Finding> findings, @Nullable LocalDate lapsedSince, LocalDate asOf) {
		long days = lapsedSince == null ? 0 : ChronoUnit.DAYS.between(lapsedSince, asOf);
		for (Finding finding : findings) {
			if (finding.code() == FindingCode.EXPIRED && finding.reference() != null) {
				days = Math.max(days, ChronoUnit.DAYS.between(finding.reference(), asOf));
			}
		}
		return days;
	}

}
