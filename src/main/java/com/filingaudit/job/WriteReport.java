package com.filingaudit.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.filingaudit.report.ReportWriter;

/** The report step: writes the run's workbook and notes where it went, for the run history. */
class WriteReport implements Tasklet {

	static final String REPORT = "report";

	private static final Logger log = LoggerFactory.getLogger(WriteReport.class);

	private final ReportWriter writer;

	private final LocalDate asOf;

	private final Path reportsDir;

	WriteReport(ReportWriter writer, LocalDate asOf, Path reportsDir) {
		this.writer = writer;
		this.asOf = asOf;
		this.reportsDir = reportsDir;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		Path report = writer.write(jobExecution.getJobInstance().getInstanceId(), asOf, reportsDir);
		jobExecution.getExecutionContext().putString(REPORT, report.toString());
		log.info("Report written: {}", report);
		return RepeatStatus.FINISHED;
	}

}
