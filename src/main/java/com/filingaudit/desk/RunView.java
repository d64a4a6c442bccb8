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

	/** {@code 1 min 05 s}, {@code 12 s}. */
	public String durationText() {
		return duration == null ? "" : RunProgress.elapsed(duration);
	}

}
