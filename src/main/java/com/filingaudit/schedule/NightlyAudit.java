package com.filingaudit.schedule;

import java.time.Clock;
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

	NightlyAudit(AuditLauncher launcher, Clock clock) {
		this.launcher = launcher;
		this.clock = clock;
	}

	@Scheduled(cron = "${audit.schedule:0 0 2 * * *}", zone = "${audit.zone:Asia/Shanghai}")
	void audit() {
		LocalDate today = LocalDate.now(clock);
		RunOutcome outcome = launcher.run(today);
		if (outcome.completed()) {
			log.info("Nightly audit as of {} completed: {}", today, outcome.report());
		}
		else {
			log.error("Nightly audit as of {} failed: {}", today, outcome.failure());
		}
	}

}
