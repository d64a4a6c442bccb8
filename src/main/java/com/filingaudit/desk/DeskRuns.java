package com.filingaudit.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.job.RunOutcome;
import com.filingaudit.store.DeskReads;
import com.filingaudit.store.RunRecord;

/**
 * Audits started from the desk: in the background, one at a time with the nightly one. A start that fails before its
 * audit begins (no input folder, the nightly run took the lock meanwhile, bad parameters) leaves no row in the runs'
 * history, so it is kept here to be shown with its reason.
 */
class DeskRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeskRuns.class);

	/** Refusals kept: the Runs page shows no more than this many runs either. */
	static final int KEPT = RunsPage.SHOWN;

	/** A job begins within a moment of its start unless refused; past this the desk says it is starting. */
	private static final Duration WAIT = Duration.ofSeconds(30);

	/** How often a start looks whether its audit has begun or ended. */
	private static final Duration LOOK = Duration.ofMillis(50);

	/** What became of a request to run. */
	enum Start {

		/** The audit's job is running (or has run already). */
		BEGUN,

		/** Another audit was running: this one was not tried. */
		BUSY,

		/** It ended before its audit began; the refusal says why. */
		REFUSED,

		/** Neither has happened yet within the wait: the Runs page shows which it comes to. */
		STARTING

	}

	/** A start that ended before its audit began. */
	record Refusal(LocalDate asOf, Instant at, String reason) {
	}

	/** @param refusal the reason, when {@link Start#REFUSED} */
	record Started(Start how, @Nullable Refusal refusal) {
	}

	private final AuditLauncher launcher;

	private final DeskReads reads;

	private final Clock clock;

	private final AtomicBoolean starting = new AtomicBoolean();

	/** Newest first. */
	private final Deque<Refusal> refusals = new ConcurrentLinkedDeque<>();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "desk-run");
		thread.setDaemon(true);
		return thread;
	});

	DeskRuns(AuditLauncher launcher, DeskReads reads, Clock clock) {
		this.launcher = launcher;
		this.reads = reads;
		this.clock = clock;
	}

	/**
	 * Starts an audit as of a day, and waits until it has begun or failed to: the desk says "started" only of an audit
	 * that is running.
	 */
	Started start(LocalDate asOf) throws InterruptedException {
		if (launcher.isRunning() || !starting.compareAndSet(false, true)) {
			return new Started(Start.BUSY, null);
		}
		long lastRun = lastRunId();
		CompletableFuture<@Nullable Refusal> ended = CompletableFuture.supplyAsync(() -> {
			try {
				RunOutcome outcome = launcher.run(asOf, Duration.ZERO);
				if (outcome.stopped()) {
					log.warn("Audit as of {} started from the desk was stopped (the service is shutting down); the next "
							+ "run as of that day on the same input files resumes it", asOf);
				}
				else {
					log.info("Audit as of {} started from the desk ended: {}", asOf,
							outcome.completed() ? outcome.report() : outcome.failure());
				}
				// a run whose job began has its row in the history, with its failure if it failed
				if (outcome.completed() || outcome.stopped() || lastRunId() != lastRun) {
					return null;
				}
				Refusal refusal = new Refusal(asOf, clock.instant(),
						outcome.failure() == null ? "" : outcome.failure());
				refusals.addFirst(refusal);
				while (refusals.size() > KEPT) {
					refusals.removeLast();
				}
				return refusal;
			}
			finally {
				starting.set(false);
			}
		}, worker);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			// the end first: a start refused because the nightly run took the lock ends at once, before that run's
			// progress shows
			if (ended.isDone()) {
				Refusal refusal = ended.join();
				return refusal == null ? new Started(Start.BEGUN, null) : new Started(Start.REFUSED, refusal);
			}
			if (launcher.progress().isPresent()) {
				return new Started(Start.BEGUN, null);
			}
			Thread.sleep(LOOK.toMillis());
		}
		return new Started(Start.STARTING, null);
	}

	/** Whether an audit is running or about to: one started here that has not yet taken the launcher. */
	boolean busy() {
		return starting.get() || launcher.isRunning();
	}

	/** Starts that ended before their audit began, newest first. */
	List<Refusal> refusals() {
		return new ArrayList<>(refusals);
	}

	private long lastRunId() {
		List<RunRecord> last = reads.runs(1);
		return last.isEmpty() ? 0 : last.get(0).executionId();
	}

	@Override
	public void destroy() {
		worker.shutdown();
	}

}
