package com.filingaudit.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.filingaudit.report.ReportFiles;

/**
 * The files the product wrote under {@code reports/}, as the desk hands them out. A request names a run and a file;
 * neither reaches the file system as given: the run must have the shape of a run's name, and the file must be one
 * the folder lists, compared as text.
 */
class ReportShelf {

	/** A run's name: its as-of date, {@code -2}, {@code -3}… for later runs of the day. */
	static final Pattern RUN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:-\\d{1,4})?");

	private final Path reportsDir;

	ReportShelf(Path reportsDir) {
		this.reportsDir = reportsDir;
	}

	/** The run a workbook path (as the run history keeps it) belongs to. */
	static Optional<String> runOf(@Nullable String workbook) {
		if (workbook == null) {
			return Optional.empty();
		}
		return ReportFiles.runOf(Path.of(workbook)).filter(run -> RUN.matcher(run).matches());
	}

	Optional<Path> workbook(String run) {
		if (!RUN.matcher(run).matches()) {
			return Optional.empty();
		}
		Path file = ReportFiles.workbook(reportsDir, run);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** The run's companions: findings.csv and the owners' workbooks, by name. */
	List<String> companions(String run) {
		if (!RUN.matcher(run).matches()) {
			return List.of();
		}
		Path folder = reportsDir.resolve(run);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.map(f -> f.getFileName().toString())
				.filter(name -> !name.startsWith("."))
				.sorted((a, b) -> a.equals("findings.csv") ? -1 : b.equals("findings.csv") ? 1 : a.compareTo(b))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Path> companion(String run, String name) {
		return companions(run).stream().filter(name::equals).findFirst().map(n -> reportsDir.resolve(run).resolve(n));
	}

}
