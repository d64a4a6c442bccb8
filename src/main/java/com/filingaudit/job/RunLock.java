package com.filingaudit.job;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * One audit at a time on one database, whichever instance of the service runs it. On a server database (PostgreSQL,
 * shared by several instances for availability) a ShedLock row: the instance that runs an audit holds it and extends
 * its lease every half lease while it runs, so that an instance killed midway frees it within {@link #LEASE}. A
 * database in files (HSQLDB's default) is opened by one process only, which HSQLDB's own file lock enforces: no row
 * is needed, and none must outlive a killed run that the next start resumes at once.
 */
final class RunLock implements AutoCloseable {

	/** How long a lock outlives its instance: the lease that the running instance keeps extending. */
	static final Duration LEASE = Duration.ofMinutes(2);

	private static final String NAME = "filing-audit-run";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LockProvider locks;

	private final @Nullable ScheduledExecutorService keepAlive;

	private RunLock(JdbcTemplate jdbc, Clock clock, LockProvider locks, @Nullable ScheduledExecutorService keepAlive) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.locks = locks;
		this.keepAlive = keepAlive;
	}

	/**
	 * @param url the database's JDBC URL: {@code jdbc:hsqldb:file:} and {@code jdbc:hsqldb:mem:} are this process's
	 * @param holder who this instance is, as the lock's row names it (host and process)
	 */
	static RunLock of(JdbcTemplate jdbc, String url, Clock clock, String holder) {
		if (url.startsWith("jdbc:hsqldb:file:") || url.startsWith("jdbc:hsqldb:mem:")) {
			return new RunLock(jdbc, clock, configuration -> Optional.of(() -> {
			}), null);
		}
		ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "run-lock");
			thread.setDaemon(true);
			return thread;
		});
		return new RunLock(jdbc, clock, new KeepAliveLockProvider(new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(jdbc)
					.usingDbTime()
					.withLockedByValue(holder)
					.build()), keepAlive), keepAlive);
	}

	/** The lock, when no other instance holds it. */
	Optional<SimpleLock> acquire() {
		return locks.lock(new LockConfiguration(clock.instant(), NAME, LEASE, Duration.ZERO));
	}

	/** Who holds the lock (host and process), and until when at the latest (database time, to the minute). */
	Holder holder() {
		if (keepAlive == null) {
			return new Holder("this process", null);
		}
		return jdbc.query("SELECT LOCKED_BY, LOCK_UNTIL FROM SHEDLOCK WHERE NAME = ?",
				(rs, n) -> new Holder(rs.getString(1),
						rs.getObject(2, LocalDateTime.class).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1)),
				NAME).stream().findFirst().orElse(new Holder("another instance", null));
	}

	/** The instance that holds the lock, and the end of its lease (when known). */
	record Holder(String who, @Nullable LocalDateTime until) {

		private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		/** The end of the lease as a person reads it (to the minute), or … when unknown. */
		String untilText() {
			return until == null ? "…" : MINUTE.format(until);
		}

		@Override
		public String toString() {
			return who + (until == null ? "" : " (its lease runs to " + untilText() + ", database time)");
		}

	}

	@Override
	public void close() {
		if (keepAlive != null) {
			keepAlive.shutdownNow();
		}
	}

}
