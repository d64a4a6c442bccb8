package com.filingaudit.rules;

/** Where a filing lands in the report, most severe first. */
public enum Group {

	/** No longer valid: the business is operating without it. */
	LAPSED,

	/** Still valid, but an obligation is already late or the filing is suspended. */
	RISKY,

	/** An obligation falls due within the reminder horizon. */
	EXPIRING,

	/** Nothing to do now. */
	OK;

	public boolean isMoreSevereThan(Group other) {
		return ordinal() < other.ordinal();
	}

}
