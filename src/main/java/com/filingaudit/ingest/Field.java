package com.filingaudit.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns the audit reads from a register, named as in the catalog's {@code fields} section. */
public enum Field {

	COMPANY("company", true, false), CREDIT_CODE("creditCode", false, true), FILING_TYPE("filingType", true, false),
	FILING_NO("filingNo", false, true), ISSUE_DATE("issueDate", false, true), EXPIRY_DATE("expiryDate", false, true),
	VALIDITY("validity", false, true), LAST_INSPECTION("lastInspection", false, true),
	RENEWAL_SUBMITTED("renewalSubmitted", false, true), LAST_ANNUAL_REPORT("lastAnnualReport", false, true),
	PROTECTION_LEVEL("protectionLevel", false, false), CHANGE_DATE("changeDate", false, true),
	CHANGE_FILED("changeFiled", false, true), REMARKS("remarks", false, false),
	FOREIGN_OWNERSHIP("foreignOwnership", false, false), STATUS("status", false, false),
	REGION("region", false, false), OWNER("owner", false, false), VALID_FROM("validFrom", false, true),
	AUTHORITY("authority", false, false), BUSINESS("business", false, false);

	private final String key;

	private final boolean required;

	private final boolean identifying;

	Field(String key, boolean required, boolean identifying) {
		this.key = key;
		this.required = required;
		this.identifying = identifying;
	}

	public String key() {
		return key;
	}

	public boolean required() {
		return required;
	}

	/**
	 * A date or number field: a header row needs one besides company and type, so that a line of prose that happens
	 * to say 企业名称 and 许可类型 is not taken for the header.
	 */
	boolean identifying() {
		return identifying;
	}

	public static Optional<Field> byKey(String key) {
		String wanted = normal(key);
		return Arrays.stream(values()).filter(f -> normal(f.key).equals(wanted)).findFirst();
	}

	private static String normal(String key) {
		return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

}
