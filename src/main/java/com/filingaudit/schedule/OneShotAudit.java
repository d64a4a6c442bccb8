package com.filingaudit.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.job.RunOutcome;
import com.filingaudit.system.AuditProperties;
import com.filingaudit.system.Messages;

/**
 * {@code --audit.once=true}: one audit now, then exit 0 when it completed and 1 when it failed, the reason in the
 * last log line.
 */
class OneShotAudit implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(OneShotAudit.class);

	private final AuditLauncher launcher;

	private final AuditProperties properties;

	private final Clock clock;

	private final Messages messages;

	private int exitCode = 1;

	OneShotAudit(AuditLauncher launcher, AuditProperties properties, Clock clock, Messages messages) {
		this.launcher = launcher;
		this.properties = properties;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate asOf = properties.asOf() != null ? properties.asOf() : LocalDate.now(clock);
		RunOutcome outcome = launcher.run(asOf, Duration.ZERO);
		if (outcome.completed()) {
			exitCode = 0;
			log.info("Audit as of {} completed: {}", asOf, outcome.report());
		}
		else if (outcome.stopped()) {
			log.warn("Audit as of {} was stopped (the process is shutting down); the next run as of that day on the same "
					+ "input files resumes it", asOf);
		}
		else {
			log.error(messages.get("run.failed", outcome.failure()));
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
