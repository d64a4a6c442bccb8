package com.filingaudit.rules;

/** What the audit can find about a filing, and the group each finding puts it in. */
public enum FindingCode {

	/** The register records the filing as cancelled, revoked or expired. */
	STATUS_CANCELLED(Group.LAPSED),

	/** The last valid day has passed. */
	EXPIRED(Group.LAPSED),

	/** The periodic inspection is past its due date and its grace period. */
	INSPECTION_LAPSED(Group.LAPSED),

	/** The renewal deadline has passed with no renewal filed, though the filing is still valid. */
	RENEWAL_OVERDUE(Group.RISKY),

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

	/** Expiry is within the reminder horizon and the renewal deadline is still ahead. */
	RENEWAL_DUE(Group.EXPIRING),

	/** Expiry is within the reminder horizon and a renewal has been filed: follow it up. */
	RENEWAL_SUBMITTED(Group.EXPIRING),

	/** The periodic inspection falls due within its preparation period. */
	INSPECTION_DUE(Group.EXPIRING);

	private final Group group;

	FindingCode(Group group) {
		this.group = group;
	}

	public Group group() {
		return group;
	}

}
