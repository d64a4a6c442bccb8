package com.filingaudit.desk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.job.RunOutcome;

/** Audits started from the desk: in the background, one at a time with the nightly one. */
class DeskRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeskRuns.class);

	private final AuditLauncher launcher;

	private final AtomicBoolean starting = new AtomicBoolean();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "desk-run");
		thread.setDaemon(true);
		return thread;
	});

	DeskRuns(AuditLauncher launcher) {
		this.launcher = launcher;
	}

	/** Starts an audit as of a day; {@code false} when one is running already. */
	boolean start(LocalDate asOf) {
		if (launcher.isRunning() || !starting.compareAndSet(false, true)) {
			return false;
		}
		worker.execute(() -> {
			try {
				RunOutcome outcome = launcher.run(asOf, Duration.ZERO);
				log.info("Audit as of {} started from the desk ended: {}", asOf,
						outcome.completed() ? outcome.report() : outcome.failure());
			}
			finally {
				starting.set(false);
			}
		});
		return true;
	}

	/** Whether an audit is running or about to: one started here that has not yet taken the launcher. */
	boolean busy() {
		return starting.get() || launcher.isRunning();
	}

	@Override
	public void destroy() {
		worker.shutdown();
	}

}
