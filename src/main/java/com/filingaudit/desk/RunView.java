package com.filingaudit.desk;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.filingaudit.job.RunProgress;
import com.filingaudit.store.DeskReads;
import com.filingaudit.store.GroupCounts;
import com.filingaudit.store.RunRecord;

/**
 * A run as the desk lists it, with its downloads.
 *
 * @param name the run's name in {@code reports/} ({@code 2026-03-02-2}), or {@code null} when it wrote no workbook
 * @param companions findings.csv and the owners' workbooks in the run's folder
 */
public record RunView(long executionId, LocalDate asOf, @Nullable LocalDateTime started, @Nullable Duration duration,
		String status, @Nullable GroupCounts counts, @Nullable String failure, @Nullable String name,
		boolean workbook, List<String> companions, DeskReads.@Nullable RowCounts rows) {

	/** Batch's status of a running job. */
	static final String RUNNING = "STARTED";

	/** A start refused before its job began: Batch knows nothing of it. */
	static final String REFUSED = "REFUSED";

	/** @param zone the audit's zone: Batch stamps runs in the JVM's own zone, the desk shows the audit's */
	static RunView of(RunRecord run, ReportShelf shelf, DeskReads.@Nullable RowCounts rows, ZoneId zone) {
		String name = ReportShelf.runOf(run.report()).orElse(null);
		Duration duration = run.startedAt() == null || run.endedAt() == null ? null
				: Duration.between(run.startedAt(), run.endedAt());
		LocalDateTime started = run.startedAt() == null ? null
				: run.startedAt().atZone(ZoneId.systemDefault()).withZoneSameInstant(zone).toLocalDateTime();
		return new RunView(run.executionId(), run.asOf(), started, duration, run.status(), run.counts(),
				run.failure(), name, name != null && shelf.workbook(name).isPresent(),
				name == null ? List.of() : shelf.companions(name), rows);
	}

	/**
	 * The audit running now, as a row of the history: it gets its own row only once it has ended. No duration: the
	 * row is not refreshed while the progress panel above it counts the time.
	 */
	static RunView running(RunProgress progress, LocalDateTime now) {
		return new RunView(progress.executionId(), progress.asOf(), now.minus(progress.elapsed()), null,
				RUNNING, null, null, null, false, List.of(), null);
	}

	/** A Run now that ended before its audit began. */
	static RunView refused(DeskRuns.Refusal refusal, ZoneId zone) {
		return new RunView(0, refusal.asOf(), refusal.at().atZone(zone).toLocalDateTime(), null, REFUSED, null,
				refusal.reason(), null, false, List.of(), null);
	}

}
