package com.filingaudit.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.job.RunOutcome;

/** The service mode: an audit as of today on {@code audit.schedule}, in {@code audit.zone}. */
class NightlyAudit {

	private static final Logger log = LoggerFactory.getLogger(NightlyAudit.class);

	private final AuditLauncher launcher;

	private final Clock clock;

	private final Duration settle;

	NightlyAudit(AuditLauncher launcher, Clock clock, Duration settle) {
		this.launcher = launcher;
		this.clock = clock;
		this.settle = settle;
	}

	@Scheduled(cron = "${audit.schedule:0 0 2 * * *}", zone = "${audit.zone:Asia/Shanghai}")
	void audit() {
		LocalDate today = LocalDate.now(clock);
		RunOutcome outcome = launcher.run(today, settle);
		if (outcome.completed()) {
			log.info("Nightly audit as of {} completed: {}", today, outcome.report());
		}
		else if (outcome.stopped()) {
			log.warn("Nightly audit as of {} was stopped (the service is shutting down); the next run resumes it", today);
		}
		else {
			log.error("Nightly audit as of {} failed: {}", today, outcome.failure());
		}
	}

}
