package com.filingaudit.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One run in the history. */
public record RunRecord(long executionId, long instanceId, LocalDate asOf, @Nullable LocalDateTime startedAt,
		@Nullable LocalDateTime endedAt, String status, @Nullable String report, @Nullable GroupCounts counts,
		@Nullable String failure) {
}
