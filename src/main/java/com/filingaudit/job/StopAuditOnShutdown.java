package com.filingaudit.job;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A service stopped while it audits (SIGTERM from systemd or a deploy) stops the audit first, at a chunk boundary or
 * between rows, and only then lets the database close: the context's close begins with this event, before any bean is
 * destroyed. The run is left STOPPED; the service started again the same day resumes it, as does the next run for the
 * same day and input.
 */
class StopAuditOnShutdown implements ApplicationListener<ContextClosedEvent> {

	private static final Logger log = LoggerFactory.getLogger(StopAuditOnShutdown.class);

	private final AuditLauncher launcher;

	private final Duration timeout;

	StopAuditOnShutdown(AuditLauncher launcher, Duration timeout) {
		this.launcher = launcher;
		this.timeout = timeout;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		try {
			if (!launcher.stopRunning(timeout)) {
				log.warn("The running audit did not stop within {} s; the next run resumes it", timeout.toSeconds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
