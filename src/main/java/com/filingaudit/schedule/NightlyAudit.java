package com.filingaudit.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.job.RunOutcome;

/**
 * The service mode: an audit as of today on {@code audit.schedule}, in {@code audit.zone}; and at start, today's
 * audit again when the last one did not finish (a restart stopped it), rather than leaving that day unreported.
 */
class NightlyAudit {

	private static final Logger log = LoggerFactory.getLogger(NightlyAudit.class);

	private final AuditLauncher launcher;

	private final Clock clock;

	private final Duration settle;

	private final TaskScheduler scheduler;

	NightlyAudit(AuditLauncher launcher, Clock clock, Duration settle, TaskScheduler scheduler) {
		this.launcher = launcher;
		this.clock = clock;
		this.settle = settle;
		this.scheduler = scheduler;
	}

	/**
	 * Today's run that a shutdown stopped, or a kill cut short, is resumed once the service is up: the next scheduled
	 * run is tomorrow's, a run of its own. On the scheduler's thread, so that a scheduled run waits for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		LocalDate today = LocalDate.now(clock);
		if (launcher.unfinished(today)) {
			log.info("The audit as of {} has not finished (stopped, interrupted, or under way on another instance); "
					+ "resuming it here unless another instance does", today);
			scheduler.schedule(this::resume, clock.instant());
		}
	}

	/**
	 * Runs today's unfinished audit. Another instance may hold the run lock: it runs that audit itself, or it was
	 * killed and its lease has yet to lapse; look again after a lease while the audit stays unfinished. The audit seen
	 * unfinished at start may be another instance's, under way, and finished by the time the lock is free: an audit
	 * of today's input files that completed is not run again.
	 */
	void resume() {
		LocalDate today = LocalDate.now(clock);
		if (launcher.unfinished(today) && audit(today, true) && launcher.unfinished(today)) {
			scheduler.schedule(this::resume, clock.instant().plus(AuditLauncher.RUN_LOCK_LEASE));
		}
	}

	@Scheduled(cron = "${audit.schedule:0 0 2 * * *}", zone = "${audit.zone:Asia/Shanghai}")
	void audit() {
		audit(LocalDate.now(clock), true);
	}

	/** @return whether the audit was skipped: another instance runs it, or ran it already */
	private boolean audit(LocalDate today, boolean unlessAudited) {
		if (launcher.shuttingDown()) {
			// the scheduler runs on until the end of the shutdown: a run due now would not be let start
			return false;
		}
		RunOutcome outcome = launcher.runScheduled(today, settle, unlessAudited);
		if (outcome.completed()) {
			log.info("Nightly audit as of {} completed: {}", today, outcome.report());
		}
		else if (outcome.stopped()) {
			log.warn("Nightly audit as of {} was stopped (the service is shutting down); it is resumed when the service "
					+ "starts again today", today);
		}
		else if (outcome.skipped() != null) {
			log.info("Nightly audit as of {} not run here: {}", today, outcome.skipped());
		}
		else {
			log.error("Nightly audit as of {} failed: {}", today, outcome.failure());
		}
		return outcome.skipped() != null;
	}

}
