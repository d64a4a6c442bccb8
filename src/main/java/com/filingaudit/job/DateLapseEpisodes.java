package com.filingaudit.job;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.filingaudit.store.AuditStore;

/** Dates the run's lapses, a window of rows per transaction (see {@link SheetWindows}). */
class DateLapseEpisodes implements Tasklet {

	private static final String LAPSES_DATED = "lapsesDated";

	private static final String LAPSES_TOTAL = "lapsesTotal";

	private final AuditStore store;

	private final int repeatWithinDays;

	private final int windowRows;

	private final ProgressTracker progress;

	DateLapseEpisodes(AuditStore store, int repeatWithinDays, int windowRows, ProgressTracker progress) {
		this.store = store;
		this.repeatWithinDays = repeatWithinDays;
		this.windowRows = windowRows;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		StepExecution step = context.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		ExecutionContext at = step.getExecutionContext();
		long instanceId = job.getJobInstance().getInstanceId();
		SheetWindows windows = SheetWindows.in(at, windowRows, () -> store.lastRows(instanceId));
		if (!at.containsKey(LAPSES_TOTAL)) {
			at.putLong(LAPSES_DATED, 0);
			at.putLong(LAPSES_TOTAL, store.countLapsed(instanceId));
		}
		Optional<SheetWindows.Window> next = windows.next();
		if (next.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		SheetWindows.Window window = next.get();
		long dated = at.getLong(LAPSES_DATED) + store.recordLapseEpisodes(instanceId,
				job.getJobParameters().getLocalDate(AuditLauncher.AS_OF), repeatWithinDays, window.sheet().file(),
				window.sheet().sheet(), window.after(), window.upTo());
		progress.stage("lapses", dated, at.getLong(LAPSES_TOTAL));
		at.putLong(LAPSES_DATED, dated);
		windows.done(window);
		return RepeatStatus.CONTINUABLE;
	}

}
