package com.filingaudit.job;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The running audit's progress, shared by its threads. Each file's readers count its rows at every chunk, the steps
 * after the audit tell what they have done of what; every few seconds the log gets a line per file being read, or one
 * for the step, and the desk reads the same figures. Readers of parts of one file (row ranges) add up under the
 * file's name, each part counting its own rows and its own share of the file.
 */
class ProgressTracker implements JobExecutionListener, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProgressTracker.class);

	private static final String AUDIT = "audit";

	private final Duration every;

	/** By file name, in the order the files were begun. */
	private final Map<String, Map<String, Part>> files = new LinkedHashMap<>();

	private volatile @Nullable Run run;

	private volatile String step = "";

	private volatile long stepStarted;

	private volatile RunProgress.@Nullable Stage stage;

	private @Nullable ScheduledExecutorService ticker;

	ProgressTracker(Duration every) {
		this.every = every;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		synchronized (files) {
			files.clear();
		}
		step = "";
		stage = null;
		run = new Run(execution.getId(), execution.getJobParameters().getLocalDate(AuditLauncher.AS_OF),
				System.nanoTime());
		ticker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "progress");
			thread.setDaemon(true);
			return thread;
		});
		ticker.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (ticker != null) {
			ticker.shutdownNow();
		}
		run = null;
	}

	@Override
	public void beforeStep(StepExecution execution) {
		stage = null;
		stepStarted = System.nanoTime();
		step = execution.getStepName();
		log.info("Step {} started", step);
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution execution) {
		String took = RunProgress.elapsed(Duration.ofNanos(System.nanoTime() - stepStarted));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			log.info("Step {} done in {}", step, took);
		}
		else {
			log.info("Step {} ended {} after {}", step, execution.getStatus(), took);
		}
		return execution.getExitStatus();
	}

	/** The counts of one reader of {@code file}; {@code part} tells it from the file's other readers. */
	Part part(String file, String part) {
		Part counts = new Part();
		synchronized (files) {
			files.computeIfAbsent(file, f -> new LinkedHashMap<>()).put(part, counts);
		}
		return counts;
	}

	/** What the step under way has done of what: see {@link RunProgress.Stage}. */
	void stage(String what, long done, long total) {
		stage = new RunProgress.Stage(what, done, total);
	}

	/** The running audit's figures; empty when none runs. */
	Optional<RunProgress> progress() {
		Run current = run;
		if (current == null) {
			return Optional.empty();
		}
		long now = System.nanoTime();
		return Optional.of(new RunProgress(current.executionId(), current.asOf(), Duration.ofNanos(now - current.started()),
				step, Duration.ofNanos(step.isEmpty() ? 0 : now - stepStarted), stage, files(now)));
	}

	private List<RunProgress.FileProgress> files(long now) {
		List<RunProgress.FileProgress> progress = new ArrayList<>();
		synchronized (files) {
			files.forEach((file, parts) -> {
				long rows = 0;
				double fraction = 0;
				boolean done = true;
				long timed = 0;
				long since = now;
				for (Part part : parts.values()) {
					rows += part.rows;
					fraction += part.fraction;
					done &= part.done;
					timed += part.rows - part.rowsAtOpen;
					since = Math.min(since, part.openedAt);
				}
				progress.add(RunProgress.FileProgress.of(file, rows, fraction, done, timed, now - since));
			});
		}
		return progress;
	}

	/** A line per file being read during the audit step, else one for the step. */
	private void tick() {
		// a scheduled task that throws is never run again: a fault here must not silence the rest of the run
		try {
			Optional<RunProgress> now = progress();
			if (now.isEmpty() || step.isEmpty()) {
				return;
			}
			if (step.equals(AUDIT)) {
				now.get().files().stream().filter(f -> !f.done()).forEach(f -> log.info(f.line()));
			}
			else {
				RunProgress.Stage at = now.get().stage();
				log.info("{}: {}{} so far", step, at == null ? "" : at.line() + ", ",
						RunProgress.elapsed(now.get().stepElapsed()));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Progress could not be told", ex);
		}
	}

	private record Run(long executionId, LocalDate asOf, long started) {
	}

	/**
	 * One reader's counts, written by its thread at each chunk and read by the ticker's: rows handed out, including
	 * those of an earlier attempt that a resumed run skipped, and the share of the file read.
	 */
	static final class Part {

		private volatile long openedAt = System.nanoTime();

		private volatile long rowsAtOpen;

		private volatile long rows;

		private volatile double fraction = Double.NaN;

		private volatile boolean done;

		/** Opened, after skipping the rows an earlier attempt staged: the rate counts from here. */
		void opened(long rowsSkipped) {
			rowsAtOpen = rowsSkipped;
			rows = rowsSkipped;
			openedAt = System.nanoTime();
		}

		void reached(long rowsRead, double fractionRead) {
			rows = rowsRead;
			fraction = fractionRead;
		}

		/** Read to its end: {@code rowsRead} is the exact figure, {@code share} the part of the file it held. */
		void finished(long rowsRead, double share) {
			rows = rowsRead;
			fraction = share;
			done = true;
		}

	}

}
