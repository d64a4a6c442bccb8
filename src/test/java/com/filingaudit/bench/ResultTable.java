package com.filingaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The benchmark's result in Markdown: one table of a header and one row of figures, so that runs at several sizes
 * stack into one table in the README, then what the report said and what the figures were measured on.
 *
 * @param naive {@code null} when the naive script was not run
 * @param groups the report's group counts, by label
 */
record ResultTable(BenchOptions options, ChildRun product, ChildRun floor, @Nullable ChildRun naive, ProductLog log,
		Map<String, Long> groups, long ownerWorkbooks) {

	String markdown() throws IOException, InterruptedException {
		Registry registry = options.registry();
		List<String> header = new ArrayList<>(List.of("rows", "product s", "floor s", "ratio", "product rows/s",
				"peak RSS product MB", "peak RSS floor MB", "start-up s"));
		List<String> figures = new ArrayList<>(List.of(String.format("%,d", registry.rows()), seconds(product.seconds()),
				seconds(floor.seconds()), String.format("%.1f", product.seconds() / floor.seconds()),
				String.format("%,.0f", registry.rows() / product.seconds()), megabytes(product),
				megabytes(floor), seconds(log.startupSeconds())));
		log.steps().forEach((step, seconds) -> {
			header.add(step + " s");
			figures.add(seconds(seconds));
		});
		if (options.naive()) {
			header.addAll(List.of("naive s", "peak RSS naive MB"));
			figures.add(naive == null ? "not run" : naive.exitCode() != 0 ? "failed" : seconds(naive.seconds()));
			figures.add(naive == null ? "—" : megabytes(naive));
		}
		return row(header) + row(header.stream().map(h -> "---:").toList()) + row(figures) + "\n" + notes();
	}

	private String notes() throws IOException, InterruptedException {
		return reportNote() + "\n\n" + runNote() + "\n\n" + machineNote() + "\n";
	}

	/** What the report counted: that the product audited the registry it was meant to. */
	private String reportNote() {
		String report = groups.entrySet().stream()
			.map(group -> String.format("%s %,d", group.getKey(), group.getValue()))
			.collect(Collectors.joining(" · "));
		String partitions = log.partitions().entrySet().stream()
			.map(partition -> partition.getKey() + " " + seconds(partition.getValue()) + " s")
			.collect(Collectors.joining(", "));
		return "Report: " + report + "; " + ownerWorkbooks + " owners' workbooks. Audit partitions (a file each, or a row range of a big file: fileN.K): "
				+ (partitions.isEmpty() ? "audited by the workers, in their logs (worker-N.log)" : partitions) + ".";
	}

	private String runNote() {
		Registry registry = options.registry();
		String naiveNote = naive == null ? "" : ", the naive script with " + Benchmark.NAIVE_HEAP
				+ (naive.exitCode() != 0 ? " (it failed, exit " + naive.exitCode() + ": see naive.log)" : "");
		return String.format("Registry: %,d rows, %.0f %% in XLSX, %d owners, seed %d, as of %s. ", registry.rows(),
				registry.xlsxShare() * 100, registry.owners(), registry.seed(), registry.asOf())
				+ (options.workers() > 0 ? "Product: a manager (audit.role=manager, its own broker) and "
						+ options.workers() + " worker processes of one thread each, on PostgreSQL; the audit step's "
						+ "partitions are the workers'. " : options.postgres() ? "Product on PostgreSQL. " : "")
				+ "Product and floor with " + Benchmark.HEAP + naiveNote + "; product arguments: "
				+ (options.productArgs().isEmpty() ? "none" : String.join(" ", options.productArgs())) + ".";
	}

	private static String machineNote() throws IOException, InterruptedException {
		return "Measured " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " on "
				+ cpuModel() + ", nproc " + nproc() + ", load average (last minute) " + loadAverage() + ", Java "
				+ System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ").";
	}

	private static String row(List<String> cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	private static String seconds(double seconds) {
		return String.format("%.1f", seconds);
	}

	private static String megabytes(ChildRun run) {
		return run.peakRssKb() == 0 ? "n/a" : String.format("%,.0f", run.peakRssKb() / 1024.0);
	}

	private static String cpuModel() throws IOException {
		Path cpuinfo = Path.of("/proc/cpuinfo");
		if (Files.exists(cpuinfo)) {
			for (String line : Files.readAllLines(cpuinfo, StandardCharsets.ISO_8859_1)) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		return "an unknown CPU";
	}

	/** The last minute's: on a shared machine, other work slows the runs down. */
	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
	}

	/** The CPUs this process may use, as {@code nproc} says (the JVM's count may also heed cgroup quotas). */
	private static String nproc() throws IOException, InterruptedException {
		Process nproc = new ProcessBuilder("nproc").redirectErrorStream(true).start();
		String count = new String(nproc.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
		return nproc.waitFor() == 0 ? count : "unknown";
	}

}
