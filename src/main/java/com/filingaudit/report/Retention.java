package com.filingaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the reports of runs older than the retention period ({@code audit.reports.keep-days}): each workbook and
 * its run folder, never the newest run's, and never {@code latest.xlsx} or {@code findings.csv}.
 */
final class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private Retention() {
	}

	static void apply(Path reportsDir, String newestRun, Duration keep, Instant now) throws IOException {
		Instant cutoff = now.minus(keep);
		List<Path> old;
		try (Stream<Path> entries = Files.list(reportsDir)) {
			old = entries.filter(p -> isRun(p) && !run(p).equals(newestRun)).filter(p -> modifiedBefore(p, cutoff)).toList();
		}
		for (Path path : old) {
			delete(path);
			log.info("Removed the report {} (older than {} days)", path.getFileName(), keep.toDays());
		}
	}

	/** A run's workbook {@code filing-audit-<run>.xlsx} or its folder {@code <run>}, where a run is an as-of date. */
	private static boolean isRun(Path path) {
		String name = path.getFileName().toString();
		return (Files.isRegularFile(path) && name.startsWith(ReportFiles.PREFIX) && name.endsWith(".xlsx"))
				|| (Files.isDirectory(path) && name.matches("\\d{4}-\\d{2}-\\d{2}(-\\d+)?"));
	}

	private static String run(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(ReportFiles.PREFIX) ? name.substring(ReportFiles.PREFIX.length(), name.length() - 5)
				: name;
	}

	private static boolean modifiedBefore(Path path, Instant cutoff) {
		try {
			return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void delete(Path path) throws IOException {
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
