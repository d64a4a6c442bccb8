package com.filingaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a run's files go: {@code filing-audit-<as-of>.xlsx} ({@code -2}, {@code -3} for later runs of the day), a copy
 * as {@code latest.xlsx}, and a folder named after the run for its companions. Every file is written aside and moved
 * into place whole, so that nothing partial is ever visible.
 */
final class ReportFiles {

	static final String PREFIX = "filing-audit-";

	static final String LATEST = "latest.xlsx";

	private ReportFiles() {
	}

	/** A hidden temporary file in the reports folder, to write into before moving it into place. */
	static Path temporary(Path reportsDir, String suffix) throws IOException {
		Files.createDirectories(reportsDir);
		return Files.createFile(reportsDir.resolve(".filing-audit-" + UUID.randomUUID() + suffix + ".part"));
	}

	/** Moves the workbook to the first free name for the day; returns its run name, e.g. {@code 2026-03-02-2}. */
	static Path publish(Path temporary, Path reportsDir, LocalDate asOf) throws IOException {
		for (int n = 1;; n++) {
			Path target = reportsDir.resolve(PREFIX + asOf + (n == 1 ? "" : "-" + n) + ".xlsx");
			if (Files.notExists(target)) {
				return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	static String runName(Path workbook) {
		String name = workbook.getFileName().toString();
		return name.substring(PREFIX.length(), name.length() - ".xlsx".length());
	}

	/** Puts a copy of {@code source} at {@code target}, replacing it whole. */
	static void replaceWithCopy(Path source, Path target) throws IOException {
		Path temporary = temporary(target.getParent(), "");
		try {
			Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
