package com.filingaudit.job;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * How a run ended.
 *
 * @param completed the audit ran to the end and wrote its report (findings and rejected rows are normal outcomes)
 * @param stopped the audit was stopped at a chunk boundary or between rows (the service shutting down): the next run
 * for the same day and input resumes it
 * @param report the workbook written, when completed
 * @param failure why the run did not complete, when it failed
 * @param skipped why a scheduled run was not needed, when it was not: another instance of the service runs it, or
 * today's input was audited already
 */
public record RunOutcome(boolean completed, boolean stopped, @Nullable Path report, @Nullable String failure,
		@Nullable String skipped) {

	static RunOutcome completedWith(Path report) {
		return new RunOutcome(true, false, report, null, null);
	}

	static RunOutcome stoppedToResume() {
		return new RunOutcome(false, true, null, null, null);
	}

	static RunOutcome failed(String reason) {
		return new RunOutcome(false, false, null, reason, null);
	}

	static RunOutcome skipped(String reason) {
		return new RunOutcome(false, false, null, null, reason);
	}

}
