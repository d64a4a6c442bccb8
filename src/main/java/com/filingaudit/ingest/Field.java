package com.filingaudit.ingest;

import java.util.Arrays;
import java.util.Optional;

/** The columns the audit reads from a register, named as in the catalog's {@code fields} section. */
public enum Field {

	COMPANY("company", true), CREDIT_CODE("creditCode", false), FILING_TYPE("filingType", true),
	FILING_NO("filingNo", false), ISSUE_DATE("issueDate", false), EXPIRY_DATE("expiryDate", false),
	LAST_INSPECTION("lastInspection", false), RENEWAL_SUBMITTED("renewalSubmitted", false), STATUS("status", false),
	REGION("region", false), OWNER("owner", false);

	private final String key;

	private final boolean required;

	Field(String key, boolean required) {
		this.key = key;
		this.required = required;
	}

	public String key() {
		return key;
	}

	public boolean required() {
		return required;
	}

	public static Optional<Field> byKey(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
	}

}
