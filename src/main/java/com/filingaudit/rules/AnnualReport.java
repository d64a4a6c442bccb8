package com.filingaudit.rules;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A report on the previous year due each year (年报): the report for year Y−1 can be filed from {@code opens} and is
 * due on {@code due} of year Y.
 */
public record AnnualReport(MonthDay opens, MonthDay due) {

	public LocalDate opensIn(int year) {
		return opens.atYear(year);
	}

	public LocalDate dueIn(int year) {
		return due.atYear(year);
	}

}
