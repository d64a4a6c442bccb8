package com.filingaudit.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One filing as a register lists it, its cells in the order of {@link Layout#FIELDS}. */
record RegistryRow(String company, String creditCode, String type, String number, LocalDate issued,
		@Nullable LocalDate expires, @Nullable LocalDate renewalFiled, @Nullable LocalDate annualReport, String status,
		String region, String owner) {

	/** Each cell: a text, a date, or {@code null} when blank. */
	List<@Nullable Object> cells() {
		return Arrays.asList(company, creditCode, type, number, issued, expires, renewalFiled, annualReport,
				status.isEmpty() ? null : status, region, owner);
	}

}
