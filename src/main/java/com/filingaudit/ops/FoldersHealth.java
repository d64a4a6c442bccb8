package com.filingaudit.ops;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The input and reports folders can be written: uploads land in the one, every run's workbooks in the other. A folder
 * not created yet counts as writable when the folder it would be created in is (the product creates it when needed).
 */
class FoldersHealth extends AbstractHealthIndicator {

	private final Path input;

	private final Path reports;

	FoldersHealth(Path input, Path reports) {
		super("The input or reports folder could not be checked");
		this.input = input;
		this.reports = reports;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		boolean inputWritable = writable(input);
		boolean reportsWritable = writable(reports);
		(inputWritable && reportsWritable ? builder.up() : builder.down())
			.withDetail("input", detail(input, inputWritable))
			.withDetail("reports", detail(reports, reportsWritable));
	}

	private static String detail(Path folder, boolean writable) {
		return folder.toAbsolutePath() + (writable ? " (writable)" : " (NOT writable)");
	}

	static boolean writable(Path folder) {
		Path existing = folder.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
	}

}
