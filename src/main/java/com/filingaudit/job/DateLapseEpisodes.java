package com.filingaudit.job;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.filingaudit.ingest.Location;
import com.filingaudit.store.AuditStore;

/**
 * Dates the run's lapses, a window of rows at a time: each sheet's rows walked by the primary key, a window per
 * transaction (one call), so that the cost follows the rows; where it has got to is kept in the step's context, for a
 * restart and the progress.
 */
class DateLapseEpisodes implements Tasklet {

	/** Rows of a sheet whose lapses are dated in one transaction. */
	private static final int ROWS_PER_WINDOW = 20_000;

	private static final String SHEETS = "sheets";

	/** Between the sheets in the step's context: a character no file name holds. */
	private static final String SHEET_SEPARATOR = "\u001E";

	private static final String SHEET_AT = "sheetAt";

	private static final String ROW_AT = "rowAt";

	private static final String LAPSES_DATED = "lapsesDated";

	private static final String LAPSES_TOTAL = "lapsesTotal";

	private final AuditStore store;

	private final int repeatWithinDays;

	private final ProgressTracker progress;

	DateLapseEpisodes(AuditStore store, int repeatWithinDays, ProgressTracker progress) {
		this.store = store;
		this.repeatWithinDays = repeatWithinDays;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
		StepExecution step = context.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		ExecutionContext at = step.getExecutionContext();
		long instanceId = job.getJobInstance().getInstanceId();
		if (!at.containsKey(SHEETS)) {
			at.putString(SHEETS,
					String.join(SHEET_SEPARATOR, store.lastRows(instanceId).stream().map(Location::key).toList()));
			at.putInt(SHEET_AT, 0);
			at.putInt(ROW_AT, 0);
			at.putLong(LAPSES_DATED, 0);
			at.putLong(LAPSES_TOTAL, store.counts(instanceId).lapsed());
		}
		List<Location> sheets = at.getString(SHEETS).isEmpty() ? List.of()
				: Arrays.stream(at.getString(SHEETS).split(SHEET_SEPARATOR)).map(Location::ofKey).toList();
		int sheetAt = at.getInt(SHEET_AT);
		if (sheetAt >= sheets.size()) {
			return RepeatStatus.FINISHED;
		}
		Location sheet = sheets.get(sheetAt);
		int after = at.getInt(ROW_AT);
		int upTo = (int) Math.min((long) after + ROWS_PER_WINDOW, sheet.row());
		long dated = at.getLong(LAPSES_DATED) + store.recordLapseEpisodes(instanceId,
				job.getJobParameters().getLocalDate(AuditLauncher.AS_OF), repeatWithinDays, sheet.file(), sheet.sheet(),
				after, upTo);
		progress.stage("lapses", dated, at.getLong(LAPSES_TOTAL));
		at.putLong(LAPSES_DATED, dated);
		boolean sheetDone = upTo >= sheet.row();
		at.putInt(SHEET_AT, sheetDone ? sheetAt + 1 : sheetAt);
		at.putInt(ROW_AT, sheetDone ? 0 : upTo);
		return RepeatStatus.CONTINUABLE;
	}

}
