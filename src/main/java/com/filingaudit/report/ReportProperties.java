package com.filingaudit.report;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports are written, {@code audit.report.*}.
 *
 * @param urgencyTiers days to the deadline that set a filing's urgency tier (overdue, within each, beyond)
 * @param keepDays reports older than this are removed at the end of a successful run; set as
 * {@code audit.reports.keep-days}
 * @param perOwner also write one workbook per owner, with only that owner's filings, in the run's folder
 */
@ConfigurationProperties("audit.report")
public record ReportProperties(@DefaultValue({ "7", "14", "30" }) List<Integer> urgencyTiers,
		@DefaultValue("90") int keepDays, @DefaultValue("true") boolean perOwner) {

	public ReportProperties {
		new Urgency(urgencyTiers);
		if (keepDays < 1) {
			throw new IllegalArgumentException("audit.reports.keep-days must be at least 1");
		}
	}

}
