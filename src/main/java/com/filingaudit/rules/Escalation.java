package com.filingaudit.rules;

import org.jspecify.annotations.Nullable;

/**
 * How regulators escalate a lapse, as consultancies describe practice: a first short lapse draws a rectification
 * order or written warning; a long one, or a missed inspection, public criticism and a credit record; repeated lapses
 * service restriction, removal and revocation.
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
	 * @param lapsedInRecentRun the same company had a lapsed filing in another run within {@link #repeatWithinDays}
	 * @param daysLapsed days since the filing lapsed, when known
	 * @param inspectionLapsed the lapse is a missed periodic inspection
	 */
	public Exposure exposure(boolean lapsedInRecentRun, @Nullable Long daysLapsed, boolean inspectionLapsed) {
		if (lapsedInRecentRun) {
			return Exposure.REVOCATION_RISK;
		}
		if (inspectionLapsed || (daysLapsed != null && daysLapsed > creditRecordAfterDays)) {
			return Exposure.CREDIT_RECORD;
		}
		return Exposure.WARNING;
	}

}
