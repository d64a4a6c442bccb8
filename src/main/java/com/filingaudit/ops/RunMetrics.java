package com.filingaudit.ops;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

import com.filingaudit.remind.Reminders;
import com.filingaudit.store.DeskReads;
import com.filingaudit.store.GroupCounts;
import com.filingaudit.store.RunRecord;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The latest completed run's numbers, read from the run history rather than counted in this JVM: they survive a
 * restart and include runs started by a one-shot process on the same database. NaN until a run has completed.
 */
class RunMetrics implements MeterBinder {

	/** One scrape reads every gauge within milliseconds: read the history once per scrape, not once per gauge. */
	private static final Duration FRESH = Duration.ofSeconds(1);

	private final DeskReads reads;

	private final Reminders reminders;

	private volatile @Nullable Snapshot snapshot;

	RunMetrics(DeskReads reads, Reminders reminders) {
		this.reads = reads;
		this.reminders = reminders;
	}

	private record Snapshot(@Nullable RunRecord run, DeskReads.@Nullable RowCounts rows, long readAtNanos) {
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		rows(registry, "read", DeskReads.RowCounts::read);
		rows(registry, "audited", DeskReads.RowCounts::audited);
		rows(registry, "rejected", DeskReads.RowCounts::rejected);
		findings(registry, "lapsed", GroupCounts::lapsed);
		findings(registry, "risky", GroupCounts::risky);
		findings(registry, "expiring", GroupCounts::expiring);
		findings(registry, "ok", GroupCounts::ok);
		findings(registry, "rejected", GroupCounts::rejected);
		TimeGauge.builder("audit.last.run.duration", this, TimeUnit.SECONDS,
				metrics -> metrics.run().map(RunMetrics::durationSeconds).orElse(Double.NaN))
			.description("How long the latest completed run took (its last attempt, when it was resumed)")
			.register(registry);
		TimeGauge.builder("audit.last.run.age", this, TimeUnit.SECONDS,
				metrics -> metrics.run().map(RunMetrics::ageSeconds).orElse(Double.NaN))
			.description("Time since the latest completed run ended")
			.register(registry);
		// the outbox keeps every mail, so its count of sent ones only grows: a counter Prometheus can rate()
		FunctionCounter.builder("audit.reminders.sent", reminders, RunMetrics::sentMails)
			.description("Reminder mails sent by the outbox (dry-run files not counted)")
			.register(registry);
	}

	private void rows(MeterRegistry registry, String kind, ToDoubleFunction<DeskReads.RowCounts> value) {
		Gauge.builder("audit.last.run.rows", this, metrics -> {
			DeskReads.RowCounts rows = metrics.current().rows();
			return rows == null ? Double.NaN : value.applyAsDouble(rows);
		}).tag("kind", kind).description("Rows of the latest completed run's files").register(registry);
	}

	private void findings(MeterRegistry registry, String group, ToDoubleFunction<GroupCounts> value) {
		Gauge.builder("audit.last.run.findings", this, metrics -> metrics.run()
			.map(RunRecord::counts)
			.map(counts -> value.applyAsDouble(counts))
			.orElse(Double.NaN))
			.tag("group", group)
			.description("Filings in each group of the latest completed run, as its report's Summary counts them")
			.register(registry);
	}

	private Optional<RunRecord> run() {
		return Optional.ofNullable(current().run());
	}

	private Snapshot current() {
		Snapshot known = snapshot;
		if (known != null && System.nanoTime() - known.readAtNanos() < FRESH.toNanos()) {
			return known;
		}
		Snapshot read;
		try {
			RunRecord run = reads.latestCompleted().orElse(null);
			read = new Snapshot(run, run == null ? null : reads.rows(run.instanceId()), System.nanoTime());
		}
		catch (DataAccessException ex) {
			// the database health says why; the metrics only show that nothing is known
			read = new Snapshot(null, null, System.nanoTime());
		}
		snapshot = read;
		return read;
	}

	private static double durationSeconds(RunRecord run) {
		return run.startedAt() == null || run.endedAt() == null ? Double.NaN
				: Duration.between(run.startedAt(), run.endedAt()).toMillis() / 1000.0;
	}

	/** Batch stamps runs with the JVM's local time, not the audit's zone: compare with the same clock. */
	private static double ageSeconds(RunRecord run) {
		return run.endedAt() == null ? Double.NaN
				: Duration.between(run.endedAt(), LocalDateTime.now()).toMillis() / 1000.0;
	}

	private static double sentMails(Reminders reminders) {
		try {
			return reminders.sentMails();
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
