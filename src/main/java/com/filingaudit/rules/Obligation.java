package com.filingaudit.rules;

/** The kinds of obligation a finding concerns; the catalog lists the materials each needs per filing type. */
public enum Obligation {

	RENEWAL("renewal"), INSPECTION("inspection"), ANNUAL_REPORT("annualReport"), CHANGE("change"), STATUS("status");

	private final String key;

	Obligation(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

}
