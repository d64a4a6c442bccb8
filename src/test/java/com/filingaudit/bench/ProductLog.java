package com.filingaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the product's log says of a run: how long Spring Boot took to start, and each step, as Spring Batch logs it
 * ({@code Step: [audit] executed in 1m3s45ms}). The audit step's partitions, a file or a row range of one each
 * ({@code auditFile:file1}, {@code auditFile:file1.2}), are kept apart from the top-level steps.
 *
 * @param steps seconds per top-level step, in the order they ran
 * @param partitions seconds per partition of the audit step
 */
record ProductLog(double startupSeconds, Map<String, Double> steps, Map<String, Double> partitions) {

	private static final Pattern STEP = Pattern.compile("Step: \\[([^\\]]+)\\] executed in (\\S*)");

	private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([\\d.]+) seconds");

	private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(h|ms|m|s)");

	static ProductLog read(Path log) throws IOException {
		// ISO-8859-1 reads any byte: the log is in the platform's encoding, and only ASCII lines are looked at.
		return parse(Files.readAllLines(log, StandardCharsets.ISO_8859_1));
	}

	static ProductLog parse(List<String> lines) {
		double startup = 0;
		Map<String, Double> steps = new LinkedHashMap<>();
		Map<String, Double> partitions = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher step = STEP.matcher(line);
			Matcher started = STARTED.matcher(line);
			if (step.find()) {
				String name = step.group(1);
				(name.contains(":") ? partitions : steps).put(name, seconds(step.group(2)));
			}
			else if (started.find()) {
				startup = Double.parseDouble(started.group(1));
			}
		}
		return new ProductLog(startup, steps, partitions);
	}

	/** Spring Batch's durations: {@code 1h2m3s4ms}, each part left out when zero, empty for no time at all. */
	static double seconds(String duration) {
		double seconds = 0;
		Matcher part = DURATION_PART.matcher(duration);
		while (part.find()) {
			long amount = Long.parseLong(part.group(1));
			seconds += switch (part.group(2)) {
				case "h" -> amount * 3600.0;
				case "m" -> amount * 60.0;
				case "s" -> amount;
				default -> amount / 1000.0;
			};
		}
		return seconds;
	}

}
