package com.filingaudit.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's command line (bench/run takes {@code --no-build} itself).
 *
 * @param work where the registry, the logs, the reports and the result go
 * @param naive also run the naive script (up to {@link Naive#MAX_ROWS} rows)
 * @param productArgs passed to the product after the benchmark's own arguments, so they win
 * @param postgres the product's database is a new one on a PostgreSQL server (the tests' server), not HSQLDB files
 * @param workers above 0: the product is a manager ({@code audit.role=manager}, its own broker) and this many worker
 * processes, one thread each, on PostgreSQL
 */
record BenchOptions(Registry registry, Path work, boolean naive, List<String> productArgs, boolean postgres,
		int workers) {

	static final String USAGE = "bench/run --rows N [--xlsx-share 0.5] [--owners 8] [--seed 42] [--as-of 2026-11-23]"
			+ " [--work target/bench] [--no-build] [--naive] [--postgres] [--workers N] [--product-arg ARG]...";

	static BenchOptions parse(String[] args) {
		Integer rows = null;
		double xlsxShare = 0.5;
		int owners = 8;
		long seed = 42;
		LocalDate asOf = LocalDate.of(2026, 11, 23);
		Path work = Path.of("target", "bench");
		boolean naive = false;
		boolean postgres = false;
		int workers = 0;
		List<String> productArgs = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (option.equals("--naive")) {
				naive = true;
				continue;
			}
			if (option.equals("--postgres")) {
				postgres = true;
				continue;
			}
			if (i + 1 == args.length) {
				throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
						: "unexpected argument " + option);
			}
			String value = args[++i];
			switch (option) {
				case "--rows" -> rows = Integer.parseInt(value.replace("_", "").replace(",", ""));
				case "--xlsx-share" -> xlsxShare = Double.parseDouble(value);
				case "--owners" -> owners = Integer.parseInt(value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--as-of" -> asOf = LocalDate.parse(value);
				case "--work" -> work = Path.of(value);
				case "--product-arg" -> productArgs.add(value);
				case "--workers" -> workers = Integer.parseInt(value);
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}
		if (rows == null) {
			throw new IllegalArgumentException("--rows is required");
		}
		if (workers < 0) {
			throw new IllegalArgumentException("--workers is a number of processes, 0 or more");
		}
		return new BenchOptions(new Registry(rows, xlsxShare, owners, seed, asOf), work.toAbsolutePath(), naive,
				List.copyOf(productArgs), postgres || workers > 0, workers);
	}

}
