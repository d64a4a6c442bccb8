package com.filingaudit.desk;

/** What a person may do at the desk; each role may do what the ones below it may. */
enum Role {

	/** Manages users, and does what analysts do. */
	ADMIN,
	/** Uploads registers, starts runs, downloads everything. */
	ANALYST,
	/** Reads the desk and downloads. */
	VIEWER;

	String authority() {
		return "ROLE_" + name();
	}

}
