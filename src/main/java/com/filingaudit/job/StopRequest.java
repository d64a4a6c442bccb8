package com.filingaudit.job;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.launch.JobOperator;

/**
 * The stop asked of the audits when the process shuts down; it stays asked, so that no audit starts after it. It is
 * for the steps that do their work in one long call (supersede, remind, the report's workbooks): {@link JobOperator#stop}
 * marks the run STOPPING in the repository, which a step sees when it next commits, and such a call commits only at
 * its end, minutes later at a million rows, past the shutdown's timeout. So they look here between rows, roll back
 * what the call did, and the step ends STOPPED, to be done again by the run that resumes it.
 */
final class StopRequest {

	private volatile boolean requested;

	void request() {
		requested = true;
	}

	boolean requested() {
		return requested;
	}

	/**
	 * Leaves the step under way when a stop was asked for; unchecked, so that it can leave callbacks (rows of a query,
	 * the report's progress).
	 */
	void check() {
		if (requested) {
			throw new Stopped();
		}
	}

	/**
	 * Its cause tells Spring Batch that the step was interrupted: the step ends STOPPED, not FAILED, and no stack
	 * trace is logged.
	 */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopped: the service is shutting down",
					new JobInterruptedException("stopped: the service is shutting down"));
		}

	}

}
