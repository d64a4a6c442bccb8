package com.filingaudit.job;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * How a run ended.
 *
 * @param completed the audit ran to the end and wrote its report (findings and rejected rows are normal outcomes)
 * @param report the workbook written, when completed
 * @param failure why the run did not complete
 */
public record RunOutcome(boolean completed, @Nullable Path report, @Nullable String failure) {

	static RunOutcome failed(String reason) {
		return new RunOutcome(false, null, reason);
	}

}
