package com.filingaudit.rules;

import org.jspecify.annotations.Nullable;

/** What the audit can find about a filing, and the group each finding puts it in. */
public enum FindingCode {

	/** The register records the filing as cancelled, revoked or expired. */
	STATUS_CANCELLED(Group.LAPSED),

	/** The last valid day has passed, and no renewal was filed in time to keep the filing alive. */
	EXPIRED(Group.LAPSED),

	/** The periodic inspection is past its due date and its grace period. */
	INSPECTION_LAPSED(Group.LAPSED),

	/** The renewal deadline has passed with no renewal filed, though the filing is still valid. */
	RENEWAL_OVERDUE(Group.RISKY),

	/**
	 * Past its last valid day, but a renewal was filed in time: the licence lives on until the authority decides
	 * (行政许可法 Art. 50). Obtain the new certificate and update the register.
	 */
	RENEWAL_PENDING_DECISION(Group.RISKY),

	/** A renewal was filed after the renewal deadline, before expiry: what that means depends on the type. */
	RENEWAL_LATE(Group.RISKY),

	/** The register records the filing as suspended. */
	STATUS_SUSPENDED(Group.RISKY),

	/** The periodic inspection is past due, within its grace period. */
	INSPECTION_OVERDUE(Group.RISKY),

	/**
	 * The same filing number stands for another company elsewhere in the registers: one of the two records is wrong,
	 * and the filing the authority holds may not be the one the register describes. Found across rows, not from one
	 * filing alone.
	 */
	DUPLICATE_FILING_NO(Group.RISKY),

	/** The annual report on last year was due and is not recorded as filed. */
	ANNUAL_REPORT_OVERDUE(Group.RISKY),

	/** An MLPS filing without a protection level, or of level 3 or 4 with no date to count assessments from. */
	ASSESSMENT_UNKNOWN(Group.RISKY),

	/** The company's registration changed and the change was not filed within the deadline. */
	CHANGE_NOT_FILED(Group.RISKY),

	/** The credit code fails a check of GB 32100-2015: it may belong to no company, or to another one. */
	INVALID_CREDIT_CODE(Group.RISKY),

	/** The filing number fits none of the formats the authority issues for this type. */
	INVALID_FILING_NO(Group.RISKY),

	/** The expiry date differs by more than 31 days from issue date plus the statutory term. */
	VALIDITY_MISMATCH(Group.RISKY),

	/** Foreign ownership above what the regulation allows for this type. */
	FOREIGN_OWNERSHIP_BARRED(Group.RISKY),

	/** Expiry is within the reminder horizon and the renewal deadline is still ahead. */
	RENEWAL_DUE(Group.EXPIRING),

	/** Expiry is within the reminder horizon and a renewal has been filed: follow it up. */
	RENEWAL_SUBMITTED(Group.EXPIRING),

	/** The periodic inspection falls due within its preparation period. */
	INSPECTION_DUE(Group.EXPIRING),

	/** The annual report on last year falls due within 60 days and is not recorded as filed. */
	ANNUAL_REPORT_DUE(Group.EXPIRING),

	/** The company's registration changed; the change must be filed by the deadline. */
	CHANGE_FILING_DUE(Group.EXPIRING),

	/** A remark says the company was renamed: check that each of its licences carries the new name. */
	ENTITY_RENAMED(Group.EXPIRING),

	/** A 15-digit registration number from before the unified credit code: not wrong, worth updating. */
	LEGACY_CREDIT_CODE(null),

	/** The register gave no type; the filing number's format names exactly one. */
	TYPE_INFERRED(null),

	/** A status the audit does not know (a portal's code, a word of its own): shown, never guessed into a group. */
	STATUS_UNKNOWN(null),

	/** One certificate licenses several businesses (ICP and EDI): audited once, as the first type; they lapse together. */
	SEVERAL_BUSINESSES(null);

	private final @Nullable Group group;

	FindingCode(@Nullable Group group) {
		this.group = group;
	}

	/** The group this finding puts a filing in; {@code null} for a remark that changes no group. */
	public @Nullable Group group() {
		return group;
	}

	/** The obligation this finding concerns, for the materials to prepare. */
	public Obligation obligation() {
		return switch (this) {
			case EXPIRED, RENEWAL_OVERDUE, RENEWAL_DUE, RENEWAL_SUBMITTED, RENEWAL_PENDING_DECISION, RENEWAL_LATE ->
				Obligation.RENEWAL;
			case INSPECTION_LAPSED, INSPECTION_OVERDUE, INSPECTION_DUE, ASSESSMENT_UNKNOWN -> Obligation.INSPECTION;
			case ANNUAL_REPORT_DUE, ANNUAL_REPORT_OVERDUE -> Obligation.ANNUAL_REPORT;
			case CHANGE_NOT_FILED, CHANGE_FILING_DUE, ENTITY_RENAMED -> Obligation.CHANGE;
			case STATUS_CANCELLED, STATUS_SUSPENDED, DUPLICATE_FILING_NO, INVALID_CREDIT_CODE, INVALID_FILING_NO,
					VALIDITY_MISMATCH, FOREIGN_OWNERSHIP_BARRED, LEGACY_CREDIT_CODE, TYPE_INFERRED, SEVERAL_BUSINESSES,
					STATUS_UNKNOWN ->
				Obligation.STATUS;
		};
	}

}
