package com.filingaudit.job;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.filingaudit.remind.PlanReminders;
import com.filingaudit.store.AuditStore;

/**
 * Who is reminded of what: the run's filings planned a window of rows per transaction (see {@link SheetWindows}),
 * then, in one last transaction, a digest per recipient. A stop asked for ends the window under way between its rows,
 * rolled back; the step resumed plans it again.
 */
class PlanRemindersByWindow implements Tasklet {

	private final PlanReminders reminders;

	private final AuditStore store;

	private final int windowRows;

	private final ProgressTracker progress;

	private final StopRequest stopRequest;

	PlanRemindersByWindow(PlanReminders reminders, AuditStore store, int windowRows, ProgressTracker progress,
			StopRequest stopRequest) {
		this.reminders = reminders;
		this.store = store;
		this.windowRows = windowRows;
		this.progress = progress;
		this.stopRequest = stopRequest;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		StepExecution step = context.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		long instanceId = job.getJobInstance().getInstanceId();
		LocalDate asOf = job.getJobParameters().getLocalDate(AuditLauncher.AS_OF);
		SheetWindows windows = SheetWindows.in(step.getExecutionContext(), windowRows, () -> store.lastRows(instanceId));
		Optional<SheetWindows.Window> next = windows.next();
		if (next.isPresent()) {
			SheetWindows.Window window = next.get();
			contribution.incrementWriteCount(reminders.planWindow(instanceId, asOf, window.sheet().file(),
					window.sheet().sheet(), window.after(), window.upTo(), stopRequest::check));
			windows.done(window);
			progress.stage("reminders", windows.walked(), windows.rows());
			return RepeatStatus.CONTINUABLE;
		}
		progress.stage("digests", 0, 0);
		store.refreshStatistics("REMINDER_ITEM", "REMINDER_TIER");
		reminders.writeDigests(instanceId, asOf, stopRequest::check);
		return RepeatStatus.FINISHED;
	}

}
