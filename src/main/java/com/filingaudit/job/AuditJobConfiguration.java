package com.filingaudit.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.filingaudit.ingest.FileSettings;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.InputFolder;
import com.filingaudit.ingest.RowParser;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.remind.PlanReminders;
import com.filingaudit.remind.RemindListener;
import com.filingaudit.report.ReportProperties;
import com.filingaudit.report.ReportWriter;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Rules;
import com.filingaudit.rules.HolidayCalendar;
import com.filingaudit.store.AuditStore;
import com.filingaudit.system.AuditProperties;
import com.filingaudit.system.Messages;

/**
 * The nightly audit, {@value #JOB}: an audit step with one partition per input file, or per row range of a big one
 * (rows streamed, parsed, judged and staged in chunks), a step that audits each filing once (files that changed while
 * read discarded, duplicates superseded), one that places lapses in the run history, then a report step that writes
 * the workbook from the staged results.
 */
@Configuration(proxyBeanMethods = false)
class AuditJobConfiguration {

	static final String JOB = "filingAuditJob";

	@Bean
	AuditLauncher auditLauncher(JobOperator jobOperator, JobRepository jobRepository, Job filingAuditJob,
			AuditProperties properties, Clock clock, HolidayCalendar calendar, ProgressTracker progress,
			StopRequest stopRequest, RunLock runLock) {
		return new AuditLauncher(jobOperator, jobRepository, filingAuditJob, new InputFolder(properties.inputDir()),
				clock, calendar, progress, stopRequest, runLock, properties.locale());
	}

	@Bean(destroyMethod = "close")
	RunLock runLock(JdbcTemplate jdbc, Clock clock) {
		String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
		return RunLock.of(jdbc, url == null ? "" : url, clock, hostName() + " pid " + ProcessHandle.current().pid());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown host";
		}
	}

	@Bean
	StopRequest stopRequest() {
		return new StopRequest();
	}

	@Bean
	ProgressTracker progressTracker(AuditProperties properties) {
		return new ProgressTracker(properties.progressEvery());
	}

	@Bean
	StopAuditOnShutdown stopAuditOnShutdown(AuditLauncher auditLauncher, AuditProperties properties) {
		return new StopAuditOnShutdown(auditLauncher, properties.stopTimeout());
	}

	@Bean
	Job filingAuditJob(JobRepository jobRepository, Step auditStep, Step supersedeStep, Step historyStep,
			Step reportStep, Step remindStep, AuditStore store, RemindListener reminders, ProgressTracker progress) {
		return new JobBuilder(JOB, jobRepository).start(auditStep)
			.next(supersedeStep)
			.next(historyStep)
			.next(remindStep)
			.next(reportStep)
			.listener(progress)
			// after a run, listeners are called last first: the run is in the history before its mails go out
			.listener(reminders)
			.listener(new RunHistory(store))
			.build();
	}

	@Bean
	Step auditStep(JobRepository jobRepository, Step auditFileStep, RegisterPartitioner partitioner,
			AuditProperties properties, ProgressTracker progress, ObjectProvider<PartitionHandler> remote) {
		PartitionStepBuilder partitions = new StepBuilder("audit", jobRepository).partitioner("auditFile", partitioner);
		PartitionHandler workers = remote.getIfAvailable();
		if (workers != null) {
			// a manager: the partitions go to the workers through the broker (see the cluster package)
			return partitions.partitionHandler(workers).listener(progress).build();
		}
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("audit-");
		threads.setConcurrencyLimit(properties.workerThreads());
		return partitions.step(auditFileStep)
			.gridSize(properties.workerThreads())
			.taskExecutor(threads)
			.listener(progress)
			.build();
	}

	@Bean
	@StepScope
	RegisterPartitioner registerPartitioner(@Value("#{jobParameters['settleSeconds']}") Long settleSeconds,
			@Value("#{stepExecution}") StepExecution stepExecution, AuditProperties properties, Clock clock,
			AuditStore store, Messages messages, JobRepository jobRepository) {
		return new RegisterPartitioner(new InputFolder(properties.inputDir()),
				Duration.ofSeconds(settleSeconds == null ? 0 : settleSeconds), clock, store, messages,
				properties.minRangeRows(), stepExecution, jobRepository);
	}

	@Bean
	Step auditFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RegisterReader registerReader, RowAuditor rowAuditor, StagingWriter stagingWriter,
			AuditProperties properties) {
		return new StepBuilder("auditFile", jobRepository).<SourceRow, RowOutcome>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(registerReader)
			.processor(rowAuditor)
			.writer(stagingWriter)
			.build();
	}

	@Bean
	@StepScope
	RegisterReader registerReader(@Value("#{stepExecutionContext['file']}") String file,
			@Value("#{stepExecutionContext['name']}") String name, @Value("#{stepExecutionContext['size']}") long size,
			@Value("#{stepExecutionContext['modified']}") long modified,
			@Value("#{stepExecutionContext['first']}") int first, @Value("#{stepExecutionContext['end']}") int end,
			@Value("#{stepExecution.stepName}") String partition, IngestOptions options, FileSettings fileSettings,
			ProgressTracker progress) {
		return new RegisterReader(Path.of(file), name, size, modified, first, end,
				fileSettings.forFile(name, options), progress.part(name, partition));
	}

	@Bean
	@StepScope
	RowAuditor rowAuditor(@Value("#{jobParameters['asOf']}") LocalDate asOf,
			@Value("#{jobParameters['locale']}") @Nullable String locale,
			@Value("#{stepExecutionContext['name']}") String name, Catalog catalog, Messages messages,
			HolidayCalendar calendar, IngestOptions options, FileSettings fileSettings) {
		// the run's language, which a worker of a cluster may not have been given
		Messages reasons = locale == null ? messages : Messages.of(locale);
		return new RowAuditor(new RowParser(catalog, reasons, fileSettings.forFile(name, options).dateOrder()),
				new Rules(calendar), asOf);
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long instanceId,
			@Value("#{jobParameters['asOf']}") LocalDate asOf, @Value("#{stepExecutionContext['modified']}") long modified,
			AuditStore store) {
		return new StagingWriter(store, instanceId, asOf, modified);
	}

	@Bean
	Step supersedeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, AuditStore store,
			ProgressTracker progress, StopRequest stopRequest) {
		return new StepBuilder("supersede", jobRepository).tasklet((contribution, context) -> {
			JobExecution job = context.getStepContext().getStepExecution().getJobExecution();
			LocalDate asOf = job.getJobParameters().getLocalDate(AuditLauncher.AS_OF);
			// every step from here on queries the rows the audit step staged
			store.refreshStatistics("AUDIT_RESULT", "AUDIT_REJECTION");
			// files that changed while read go first: every range of them has ended, and none of their rows may
			// supersede another
			store.discardMarkedFiles(job.getJobInstance().getInstanceId());
			contribution.incrementWriteCount(store.supersedeDuplicates(job.getJobInstance().getInstanceId(), asOf,
					stopRequest::check));
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(progress).build();
	}

	/** Who is reminded of what; the report then shows it (Reminded), and the mails go out after the run. */
	@Bean
	Step remindStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlanReminders reminders, AuditStore store, AuditProperties properties, ProgressTracker progress,
			StopRequest stopRequest) {
		return new StepBuilder("remind", jobRepository)
			.tasklet(new PlanRemindersByWindow(reminders, store, properties.windowRows(), progress, stopRequest),
					transactionManager)
			.listener(progress)
			.build();
	}

	/** With the groups final, each lapse is placed in its episode against the run history (escalation). */
	@Bean
	Step historyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, AuditStore store,
			Catalog catalog, AuditProperties properties, ProgressTracker progress) {
		return new StepBuilder("history", jobRepository)
			.tasklet(new DateLapseEpisodes(store, catalog.escalation().repeatWithinDays(), properties.windowRows(),
					progress), transactionManager)
			.listener(progress)
			.build();
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteReport writeReport, ProgressTracker progress) {
		return new StepBuilder("report", jobRepository).tasklet(writeReport, transactionManager)
			.listener(progress)
			.build();
	}

	@Bean
	@StepScope
	WriteReport writeReport(@Value("#{jobParameters['asOf']}") LocalDate asOf, AuditStore store, Catalog catalog,
			HolidayCalendar calendar, Messages messages, AuditProperties properties, ReportProperties report,
			Clock clock, ProgressTracker progress, StopRequest stopRequest) {
		return new WriteReport(new ReportWriter(store, catalog, calendar, messages, report, clock), asOf,
				properties.reportsDir(), progress, stopRequest);
	}

}
