package com.filingaudit.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The product's settings, {@code audit.*}.
 *
 * @param once run one audit now and exit, instead of staying up and running on {@link #schedule}
 * @param asOf the day to audit as of; today in {@link #zone} when not given
 * @param zone the time zone that decides what "today" is
 * @param inputDir the folder of register exports
 * @param reportsDir where workbooks are written
 * @param dataDir the HSQLDB database folder (job repository, staged results, run history)
 * @param threads files, or row ranges of a big file, audited at once; the number of cores when not given
 * @param minRangeRows a file of fewer rows than twice this is read by one thread; a bigger one is split into row
 * ranges of about this many or more, one per thread
 * @param schedule cron expression of the nightly run, in {@link #zone}
 * @param locale the report's language: {@code zh-CN} or {@code en}
 * @param catalog a user catalog that changes or adds filing types, or {@code null}
 * @param chunkSize rows staged per transaction
 * @param windowRows rows of a sheet worked on per transaction by the steps after the audit (dating lapses, planning
 * reminders): fewer hold less in memory, more take fewer transactions
 * @param calendar a working-day calendar whose years replace or add to the built-in ones, or {@code null}
 * @param columns header names assigned to fields for odd exports, {@code audit.columns.<field>=<header>}
 * @param stopTimeout how long a shutdown (SIGTERM) waits for the running audit to stop (at a chunk boundary, or
 * between rows)
 * @param progressEvery how often a running audit logs its progress: rows of each file being read, or its step's
 */
@ConfigurationProperties("audit")
public record AuditProperties(boolean once, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
		@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("input") Path inputDir,
		@DefaultValue("reports") Path reportsDir, @DefaultValue("data") Path dataDir, @Nullable Integer threads,
		@DefaultValue("50000") int minRangeRows, @DefaultValue("0 0 2 * * *") String schedule,
		@DefaultValue("zh-CN") String locale, @Nullable Path catalog, @DefaultValue("500") int chunkSize,
		@DefaultValue("5000") int windowRows,
		@Nullable Path calendar, Map<String, String> columns, @DefaultValue("60s") Duration stopTimeout,
		@DefaultValue("5s") Duration progressEvery) {

	private static final Set<String> LOCALES = Set.of("zh-CN", "en");

	public AuditProperties {
		if (!LOCALES.contains(locale)) {
			throw new IllegalArgumentException("audit.locale must be zh-CN or en, not '" + locale + "'");
		}
		if (threads != null && threads < 1) {
			throw new IllegalArgumentException("audit.threads must be at least 1");
		}
		if (minRangeRows < 1) {
			throw new IllegalArgumentException("audit.min-range-rows must be at least 1");
		}
		columns = columns == null ? Map.of() : Map.copyOf(columns);
		if (chunkSize < 1) {
			throw new IllegalArgumentException("audit.chunk-size must be at least 1");
		}
		if (windowRows < 1) {
			throw new IllegalArgumentException("audit.window-rows must be at least 1");
		}
		if (progressEvery.toMillis() < 1) {
			throw new IllegalArgumentException("audit.progress-every must be at least 1ms");
		}
	}

	public int workerThreads() {
		return threads != null ? threads : Runtime.getRuntime().availableProcessors();
	}

}
