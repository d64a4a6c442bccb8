package com.filingaudit.job;

import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import com.filingaudit.store.AuditStore;
import com.filingaudit.store.RunRecord;

/** Keeps one row per finished run: when, as of which day, how it ended, the counts and the report. */
class RunHistory implements JobExecutionListener {

	private final AuditStore store;

	RunHistory(AuditStore store) {
		this.store = store;
	}

	@Override
	public void afterJob(JobExecution execution) {
		long instanceId = execution.getJobInstance().getInstanceId();
		boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
		String report = execution.getExecutionContext().containsKey(WriteReport.REPORT)
				? execution.getExecutionContext().getString(WriteReport.REPORT) : null;
		String failure = execution.getAllFailureExceptions()
			.stream()
			.map(AuditLauncher::reason)
			.distinct()
			.collect(Collectors.joining("; "));
		store.recordRun(new RunRecord(execution.getId(), instanceId,
				execution.getJobParameters().getLocalDate(AuditLauncher.AS_OF), execution.getStartTime(),
				execution.getEndTime(), execution.getStatus().name(), report,
				completed ? store.counts(instanceId) : null, failure.isEmpty() ? null : failure));
	}


}
