package com.filingaudit.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.FilingAuditApplication;

/** Runs the product as a person does: {@code --audit.once=true} with folders of the test's own. */
final class AuditRun {

	final Path input;

	final Path reports;

	final Path data;

	AuditRun(Path root) throws IOException {
		this.input = Files.createDirectories(root.resolve("input"));
		this.reports = root.resolve("reports");
		this.data = root.resolve("data");
	}

	List<String> arguments(String asOf, String... more) {
		List<String> args = new ArrayList<>(List.of("--audit.once=true", "--audit.as-of=" + asOf,
				"--audit.input-dir=" + input, "--audit.reports-dir=" + reports, "--audit.data-dir=" + data));
		args.addAll(List.of(more));
		return args;
	}

	/** Runs one audit in this JVM and returns the exit code the jar would exit with. */
	int once(String asOf, String... more) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(FilingAuditApplication.class)
			.run(arguments(asOf, more).toArray(String[]::new));
		return SpringApplication.exit(context);
	}

	/** The run workbooks, {@code filing-audit-*.xlsx}, by name. */
	List<Path> workbooks() throws IOException {
		if (!Files.isDirectory(reports)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(reports)) {
			return files.filter(f -> f.getFileName().toString().matches("filing-audit-.*\\.xlsx")).sorted().toList();
		}
	}

}
