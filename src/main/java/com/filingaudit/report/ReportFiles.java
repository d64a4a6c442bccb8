package com.filingaudit.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a run's files go: {@code filing-audit-<as-of>.xlsx} ({@code -2}, {@code -3} for later runs of the day), a copy
 * as {@code latest.xlsx}, and a folder named after the run for its companions. Every file is written aside and moved
 * into place whole, so that nothing partial is ever visible.
 */
public final class ReportFiles {

	static final String PREFIX = "filing-audit-";

	static final String LATEST = "latest.xlsx";

	private static final String TEMPORARY = ".filing-audit-";

	/** In a run's folder until its workbook is published: which run reserved the name (see {@link #reserve}). */
	private static final String RESERVED_BY = TEMPORARY + "reserved-by";

	private ReportFiles() {
	}

	/** A hidden temporary file in the reports folder, to write into before moving it into place. */
	static Path temporary(Path reportsDir, String suffix) throws IOException {
		Files.createDirectories(reportsDir);
		return Files.createFile(reportsDir.resolve(TEMPORARY + UUID.randomUUID() + suffix + ".part"));
	}

	/**
	 * Removes the temporary files of a report step that was killed midway (kill -9, a power cut), in the reports
	 * folder and the runs' folders. Only one audit writes a report at a time, so any there now is left over.
	 */
	static void removeLeftovers(Path reportsDir) throws IOException {
		List<Path> leftovers;
		try (Stream<Path> files = Files.walk(reportsDir, 2)) {
			leftovers = files.filter(f -> {
				String name = f.getFileName().toString();
				return name.startsWith(TEMPORARY) && name.endsWith(".part") && Files.isRegularFile(f);
			}).toList();
		}
		for (Path leftover : leftovers) {
			Files.deleteIfExists(leftover);
		}
	}

	/**
	 * Reserves a run's name, e.g. {@code 2026-03-02-2}: the first of the day's names with neither a workbook nor a
	 * folder, whose folder it creates for the run's companions, marked with the run's job instance until its workbook is
	 * published. A name this run reserved before is its own again: the database may have lost the record of the
	 * reservation when the process was killed (HSQLDB writes its log half a second behind a commit), while the folder
	 * stayed.
	 */
	static String reserve(Path reportsDir, LocalDate asOf, long instanceId) throws IOException {
		Files.createDirectories(reportsDir);
		for (int n = 1;; n++) {
			String run = asOf + (n == 1 ? "" : "-" + n);
			if (Files.notExists(workbook(reportsDir, run))) {
				Path folder = reportsDir.resolve(run);
				try {
					Files.createDirectory(folder);
					Files.writeString(folder.resolve(RESERVED_BY), Long.toString(instanceId));
					return run;
				}
				catch (FileAlreadyExistsException taken) {
					if (reservedBy(folder, instanceId)) {
						return run;
					}
					// another run has its folder: try the next name
				}
			}
		}
	}

	private static boolean reservedBy(Path folder, long instanceId) throws IOException {
		Path mark = folder.resolve(RESERVED_BY);
		return Files.isRegularFile(mark) && Files.readString(mark).strip().equals(Long.toString(instanceId));
	}

	/** The run's workbook is published: its name is taken for good, and its folder holds only its companions. */
	static void release(Path runFolder) throws IOException {
		Files.deleteIfExists(runFolder.resolve(RESERVED_BY));
	}

	public static Path workbook(Path reportsDir, String run) {
		return reportsDir.resolve(PREFIX + run + ".xlsx");
	}

	/** The run a workbook belongs to ({@code 2026-03-02-2} of {@code filing-audit-2026-03-02-2.xlsx}), if it is one. */
	public static Optional<String> runOf(Path workbook) {
		String name = workbook.getFileName().toString();
		return name.startsWith(PREFIX) && name.endsWith(".xlsx")
				? Optional.of(name.substring(PREFIX.length(), name.length() - ".xlsx".length())) : Optional.empty();
	}

	/** The folder of a run's companions, beside its workbook. */
	public static Optional<Path> runFolder(Path workbook) {
		return runOf(workbook).map(workbook::resolveSibling);
	}

	/** Moves a file written aside into place whole, replacing what was there. */
	static Path moveIntoPlace(Path temporary, Path target) throws IOException {
		return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Puts a copy of {@code source} at {@code target}, replacing it whole. */
	static void replaceWithCopy(Path source, Path target) throws IOException {
		Path temporary = temporary(target.getParent(), "");
		try {
			Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
			moveIntoPlace(temporary, target);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
