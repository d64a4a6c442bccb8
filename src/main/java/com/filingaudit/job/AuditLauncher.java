package com.filingaudit.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;

import net.javacrumbs.shedlock.core.SimpleLock;

import com.filingaudit.ingest.InputFolder;
import com.filingaudit.rules.HolidayCalendar;
import com.filingaudit.system.Messages;

/**
 * Starts one audit, never two at once. A run is a job instance per as-of date and set of input files: when the last
 * attempt at that instance failed or was killed, it is resumed where it stopped; when it completed, a new instance
 * audits afresh and writes a fresh report.
 */
public class AuditLauncher {

	static final String AS_OF = "asOf";

	static final String INPUTS = "inputs";

	static final String RUN = "run";

	static final String SETTLE_SECONDS = "settleSeconds";

	/** The report's language, for what the workers of a cluster write (rejection reasons), whatever theirs. */
	static final String LOCALE = "locale";

	/** How long the run lock outlives an instance killed while it audits (see {@link RunLock}). */
	public static final Duration RUN_LOCK_LEASE = RunLock.LEASE;

	private static final Logger log = LoggerFactory.getLogger(AuditLauncher.class);

	private final ReentrantLock running = new ReentrantLock();

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final InputFolder input;

	private final Clock clock;

	private final HolidayCalendar calendar;

	private final ProgressTracker progress;

	private final StopRequest stopRequest;

	private final RunLock runLock;

	private final String locale;

	/** The run's language, for the reasons a person is given when a run is refused. */
	private final Messages messages;

	AuditLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, InputFolder input, Clock clock,
			HolidayCalendar calendar, ProgressTracker progress, StopRequest stopRequest, RunLock runLock,
			String locale) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.input = input;
		this.clock = clock;
		this.calendar = calendar;
		this.progress = progress;
		this.stopRequest = stopRequest;
		this.runLock = runLock;
		this.locale = locale;
		this.messages = Messages.of(locale);
	}

	/**
	 * Audits the input folder as of a day, for a person (the desk, the one-shot mode): refused, with the reason, when
	 * an audit runs already, here or on another instance of the service.
	 *
	 * @param settle files modified more recently than this are left for the next run: a scheduled run must not read
	 * a file that is still being copied; a person starting a run means the files that are there
	 */
	public RunOutcome run(LocalDate asOf, Duration settle) {
		return run(asOf, settle, false, false);
	}

	/**
	 * The scheduled audit as of a day, which every instance of the service starts at the same time: skipped when
	 * another instance runs it, and, when {@code unlessAudited}, when a run as of that day on the same input files has
	 * completed (another instance ran it a moment ago, or a person did earlier today).
	 */
	public RunOutcome runScheduled(LocalDate asOf, Duration settle, boolean unlessAudited) {
		return run(asOf, settle, true, unlessAudited);
	}

	private RunOutcome run(LocalDate asOf, Duration settle, boolean scheduled, boolean unlessAudited) {
		if (!running.tryLock()) {
			return RunOutcome.failed(messages.get("run.refused.running"));
		}
		try {
			// a run the scheduler starts between the stop and the end of the shutdown would lose its database midway
			if (stopRequest.requested()) {
				return RunOutcome.failed(messages.get("run.refused.stopping"));
			}
			Optional<SimpleLock> lock = runLock.acquire();
			if (lock.isEmpty()) {
				RunLock.Holder holder = runLock.holder();
				if (scheduled) {
					return RunOutcome.skipped("another instance of the service holds the run lock (it runs the audit, "
							+ "or is checking whether one is due): " + holder);
				}
				return RunOutcome.failed(messages.get("run.refused.locked", holder.who(), holder.untilText()));
			}
			try {
				return launch(asOf, settle, unlessAudited);
			}
			finally {
				lock.get().unlock();
			}
		}
		catch (Exception ex) {
			log.error("Audit as of {} failed", asOf, ex);
			return RunOutcome.failed(reason(ex));
		}
		finally {
			running.unlock();
		}
	}

	private RunOutcome launch(LocalDate asOf, Duration settle, boolean unlessAudited) throws Exception {
		List<Path> files = input.survey(clock.instant(), settle).registers();
		String inputs = input.fingerprint(files);
		if (unlessAudited && audited(asOf, inputs)) {
			return RunOutcome.skipped("the input files as of " + asOf + " were audited already");
		}
		recoverInterruptedRuns();
		calendar.forgetAssumptions();
		JobParameters parameters = new JobParametersBuilder(parameters(asOf, inputs))
			.addLong(SETTLE_SECONDS, settle.toSeconds(), false)
			.addString(LOCALE, locale, false)
			.toJobParameters();
		log.info("Auditing {} file(s) in {} as of {}", files.size(), input.dir().toAbsolutePath(), asOf);
		JobExecution execution = jobOperator.start(job, parameters);
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return RunOutcome.stoppedToResume();
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String failure = execution.getAllFailureExceptions()
				.stream()
				.map(AuditLauncher::reason)
				.distinct()
				.collect(Collectors.joining("; "));
			return RunOutcome.failed(failure.isEmpty() ? "the run ended " + execution.getStatus() : failure);
		}
		return RunOutcome.completedWith(Path.of(execution.getExecutionContext().getString(WriteReport.REPORT)));
	}

	/**
	 * For a shutdown: stops the audit this process is running, if any, through the {@link JobOperator}, and starts no
	 * other. Each step ends at its next chunk boundary (the chunk committed or rolled back), or, in a step that works
	 * in one long call, between its rows (the call rolled back, see {@link StopRequest}); the run is marked STOPPED, to
	 * be resumed by the next run for the same day and input. Waits until it has ended, at most {@code timeout}.
	 *
	 * @return whether no audit is running any more
	 */
	public boolean stopRunning(Duration timeout) throws InterruptedException {
		stopRequest.request();
		if (!running.isLocked()) {
			return true;
		}
		for (JobExecution execution : jobRepository.findRunningJobExecutions(AuditJobConfiguration.JOB)) {
			log.info("Stopping the audit as of {} (run {}) at its next chunk boundary",
					execution.getJobParameters().getLocalDate(AS_OF), execution.getId());
			stop(execution);
		}
		if (!running.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			return false;
		}
		running.unlock();
		return true;
	}

	/**
	 * The run may end (or record a step) between reading it and marking it stopping, most often because the stop request
	 * already ended its step: the mark then fails on the run's version. Read it again and stop it only if it still runs.
	 */
	private void stop(JobExecution execution) {
		JobExecution current = execution;
		for (int attempt = 0; attempt < 5 && current != null && current.isRunning(); attempt++) {
			try {
				jobOperator.stop(current);
				return;
			}
			catch (JobExecutionNotRunningException ended) {
				return;
			}
			catch (OptimisticLockingFailureException moved) {
				current = jobRepository.getJobExecution(execution.getId());
			}
		}
	}

	/**
	 * A run killed with its process (power cut, kill -9) is left marked as running. Only one audit runs at a time
	 * against this database (this one holds the {@link RunLock}), so such a run is dead: mark it failed so that it can
	 * be resumed.
	 */
	private void recoverInterruptedRuns() {
		for (JobExecution stale : jobRepository.findRunningJobExecutions(AuditJobConfiguration.JOB)) {
			log.warn("Run {} (as of {}) was interrupted; it will be resumed", stale.getId(),
					stale.getJobParameters().getLocalDate(AS_OF));
			jobOperator.recover(stale);
		}
	}

	/**
	 * Whether the latest run was as of {@code asOf} and did not finish: stopped by a shutdown, failed, or killed with
	 * its process. A run as of that day on the same input resumes it.
	 */
	public boolean unfinished(LocalDate asOf) {
		JobInstance latest = jobRepository.getLastJobInstance(AuditJobConfiguration.JOB);
		JobExecution last = latest == null ? null : jobRepository.getLastJobExecution(latest);
		return last != null && asOf.equals(last.getJobParameters().getLocalDate(AS_OF)) && !ended(last);
	}

	/** Whether the process is shutting down: no audit starts any more. */
	public boolean shuttingDown() {
		return stopRequest.requested();
	}

	/** Whether this process is running an audit now. */
	public boolean isRunning() {
		return running.isLocked();
	}

	/** The audit this process is running, as far as it has got; empty when none runs. */
	public Optional<RunProgress> progress() {
		return progress.progress();
	}

	/** Whether a run as of {@code asOf} on these input files completed. */
	private boolean audited(LocalDate asOf, String inputs) {
		for (long run = 1;; run++) {
			JobExecution last = jobRepository.getLastJobExecution(AuditJobConfiguration.JOB,
					identifying(asOf, inputs, run));
			if (last == null) {
				return false;
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				return true;
			}
		}
	}

	private static JobParameters identifying(LocalDate asOf, String inputs, long run) {
		return new JobParametersBuilder().addLocalDate(AS_OF, asOf)
			.addString(INPUTS, inputs)
			.addLong(RUN, run)
			.toJobParameters();
	}

	/** The instance to run: the unfinished one for this day and input, or the next fresh one. */
	private JobParameters parameters(LocalDate asOf, String inputs) {
		for (long run = 1;; run++) {
			JobParameters parameters = identifying(asOf, inputs, run);
			JobExecution last = jobRepository.getLastJobExecution(AuditJobConfiguration.JOB, parameters);
			if (last == null || !ended(last)) {
				if (last != null) {
					log.info("Resuming the unfinished run {} as of {}", last.getId(), asOf);
				}
				return parameters;
			}
		}
	}

	/** Completed, or given up for good: a run that neither resumes. */
	private static boolean ended(JobExecution execution) {
		return execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED;
	}

	static String reason(Throwable ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String message = cause.getMessage();
		if (message == null || message.isBlank()) {
			return cause.getClass().getSimpleName();
		}
		return message.lines().findFirst().orElse(message);
	}


}
