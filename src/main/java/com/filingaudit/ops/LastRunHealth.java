package com.filingaudit.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.store.DeskReads;
import com.filingaudit.store.RunRecord;

/**
 * The latest run: DOWN when it failed, or when the latest completed one is older than
 * {@code audit.ops.last-run-stale-after}. A service that has never run an audit is UP: a fresh install is not broken.
 */
class LastRunHealth extends AbstractHealthIndicator {

	private final DeskReads reads;

	private final AuditLauncher launcher;

	private final Duration staleAfter;

	LastRunHealth(DeskReads reads, AuditLauncher launcher, Duration staleAfter) {
		super("The run history could not be read");
		this.reads = reads;
		this.launcher = launcher;
		this.staleAfter = staleAfter;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("running", launcher.isRunning());
		Optional<RunRecord> latest = reads.runs(1).stream().findFirst();
		if (latest.isEmpty()) {
			builder.up().withDetail("status", "no run yet");
			return;
		}
		RunRecord run = latest.get();
		builder.withDetail("asOf", run.asOf().toString()).withDetail("status", run.status());
		if (run.failure() != null) {
			builder.withDetail("failure", run.failure());
		}
		Optional<RunRecord> completed = reads.latestCompleted();
		// Batch stamps runs with the JVM's local time, not the audit's zone: compare with the same clock
		Duration age = completed.map(RunRecord::endedAt)
			.map(ended -> Duration.between(ended, LocalDateTime.now()))
			.orElse(null);
		if (age != null) {
			builder.withDetail("lastCompletedEndedAt", completed.get().endedAt().toString())
				.withDetail("lastCompletedAgeMinutes", age.toMinutes());
		}
		boolean stale = age != null && age.compareTo(staleAfter) > 0;
		if ("FAILED".equals(run.status()) || stale) {
			builder.down();
		}
		else {
			builder.up();
		}
		if (stale) {
			builder.withDetail("stale", "no run completed in the last " + staleAfter);
		}
	}

}
