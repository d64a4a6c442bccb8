package com.filingaudit.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.filingaudit.report.ReportWriter;

/** The report step: writes the run's workbook and its companions, and notes where it went, for the run history. */
class WriteReport implements Tasklet {

	static final String REPORT = "report";

	/** The run's reserved name, in the step's context. */
	static final String RUN = "run";

	private static final Logger log = LoggerFactory.getLogger(WriteReport.class);

	private final ReportWriter writer;

	private final LocalDate asOf;

	private final Path reportsDir;

	private final ProgressTracker progress;

	private final StopRequest stopRequest;

	WriteReport(ReportWriter writer, LocalDate asOf, Path reportsDir, ProgressTracker progress,
			StopRequest stopRequest) {
		this.writer = writer;
		this.asOf = asOf;
		this.reportsDir = reportsDir;
		this.progress = progress;
		this.stopRequest = stopRequest;
	}

	/**
	 * Two passes: the first reserves the run's name and commits it with the step, the second writes and publishes
	 * under it. A report step retried after a failure finds the name and publishes the same files again, never a
	 * second workbook for the run. A stop asked for while the files are written is seen at the next progress told (every
	 * few thousand rows): the files written aside are removed and the step ends STOPPED, to write them again when
	 * resumed.
	 */
	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext context = step.getExecutionContext();
		if (!context.containsKey(RUN)) {
			context.putString(RUN, writer.reserveRun(step.getJobExecution().getJobInstance().getInstanceId(), asOf,
					reportsDir));
			return RepeatStatus.CONTINUABLE;
		}
		var jobExecution = step.getJobExecution();
		Path report = writer.write(jobExecution.getJobInstance().getInstanceId(), asOf, reportsDir,
				context.getString(RUN), (what, done, total) -> {
					progress.stage(what, done, total);
					stopRequest.check();
				});
		jobExecution.getExecutionContext().putString(REPORT, report.toString());
		log.info("Report written: {}", report);
		return RepeatStatus.FINISHED;
	}

}
