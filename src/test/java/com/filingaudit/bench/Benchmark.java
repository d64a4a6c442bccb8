package com.filingaudit.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

import com.filingaudit.testdb.TestDatabase;

/**
 * The benchmark of issue 13, run by {@code bench/run}: generates the registry (or reuses it), runs the product as a
 * user would ({@code java -Xmx256m -jar}, default settings, owners' workbooks on), then the {@link Floor} and, when
 * asked, the {@link Naive} script, each in a JVM of its own, and prints one Markdown table, also saved as
 * {@code <work>/result.md}. It fails (exit 1) when the product or the floor fails or writes nothing, never on timings.
 */
final class Benchmark {

	static final String HEAP = "-Xmx256m";

	/** The naive script holds every workbook whole: about 3 GB at 100,000 rows. */
	static final String NAIVE_HEAP = "-Xmx4g";

	private final BenchOptions options;

	private final Registry registry;

	private final Path work;

	private Benchmark(BenchOptions options) {
		this.options = options;
		this.registry = options.registry();
		this.work = options.work();
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("bench/run: " + ex.getMessage() + "\nusage: " + BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		try {
			new Benchmark(options).run();
		}
		catch (BenchFailure ex) {
			System.err.println("bench/run: " + ex.getMessage());
			System.exit(1);
		}
	}

	private void run() throws IOException, InterruptedException {
		Files.createDirectories(work);
		generate();
		Path product = fresh(work.resolve("product"));
		Path productLog = work.resolve("product.log");
		List<String> database = options.postgres() ? postgres() : List.of();
		String broker = "--spring.artemis.broker-url=tcp://127.0.0.1:" + freePort();
		List<Process> workers = new ArrayList<>();
		for (int n = 1; n <= options.workers(); n++) {
			workers.add(worker(n, database, broker));
		}
		List<String> command = productCommand(product);
		command.addAll(database);
		if (!workers.isEmpty()) {
			command.addAll(List.of("--audit.role=manager", "--audit.broker.embedded=true", broker,
					"--audit.threads=" + options.workers()));
		}
		command.addAll(options.productArgs());
		System.out.println(workers.isEmpty() ? "Running the product..."
				: "Running the product: a manager and " + workers.size() + " workers...");
		ChildRun productRun;
		try {
			productRun = ChildRun.run(command, product, productLog);
		}
		finally {
			for (Process worker : workers) {
				// stopped as systemd would: SIGTERM, and a kill if it has not ended within 30 s
				worker.destroy();
				if (!worker.waitFor(30, TimeUnit.SECONDS)) {
					worker.destroyForcibly().waitFor();
				}
			}
		}
		Path report = product.resolve("reports").resolve("filing-audit-" + registry.asOf() + ".xlsx");
		check(productRun, "the product", productLog, report);
		System.out.println("Running the floor...");
		Path floorLog = work.resolve("floor.log");
		ChildRun floor = program(Floor.class, HEAP, floorLog);
		check(floor, "the floor", floorLog, output(Floor.class));
		ChildRun naive = options.naive() ? naive() : null;
		String result = new ResultTable(options, productRun, floor, naive, ProductLog.read(productLog),
				ReportSummary.groups(report), ownerWorkbooks(report)).markdown();
		Files.writeString(work.resolve("result.md"), result, StandardCharsets.UTF_8);
		System.out.println();
		System.out.println(result);
		System.out.println("Product log: " + productLog + "\nReport:      " + report + "\nFloor log:   " + floorLog
				+ "\nThis table:  " + work.resolve("result.md"));
	}

	private void generate() throws IOException {
		long start = System.nanoTime();
		boolean reused = RegistryGenerator.ensure(registry, work, input());
		System.out.printf("%s %,d rows in %s%s%n", reused ? "Reusing" : "Generated", registry.rows(), input(),
				reused ? "" : String.format(" (%.1f s)", (System.nanoTime() - start) / 1e9));
	}

	/** As a user starts it, on fresh folders so that no earlier run is resumed or compared with. */
	private List<String> productCommand(Path product) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), HEAP, "-jar", jar().toString(), "--audit.once=true",
				"--audit.as-of=" + registry.asOf(), "--audit.input-dir=" + input(),
				"--audit.reports-dir=" + Files.createDirectories(product.resolve("reports")),
				"--audit.data-dir=" + Files.createDirectories(product.resolve("data"))));
		return command;
	}

	/** A new database on a PostgreSQL server that this JVM starts (see the tests' testdb), stopped when it ends. */
	private static List<String> postgres() {
		try {
			return TestDatabase.newPostgresDatabase();
		}
		catch (RuntimeException | Error ex) {
			throw new BenchFailure("no PostgreSQL for --postgres or --workers: " + ex.getMessage());
		}
	}

	/** A worker as a host runs it: long-running, one thread, the product's heap; its log in the work folder. */
	private Process worker(int n, List<String> database, String broker) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), HEAP, "-jar", jar().toString(), "--audit.role=worker",
				broker, "--audit.threads=1"));
		command.addAll(database);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve("worker-" + n + ".log").toFile())
			.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Path jar() {
		Path jar = Path.of("target", "filing-audit.jar").toAbsolutePath();
		if (!Files.exists(jar)) {
			throw new BenchFailure(jar + " is missing: build it (mvn -B -q -DskipTests package)");
		}
		return jar;
	}

	private @Nullable ChildRun naive() throws IOException, InterruptedException {
		if (registry.rows() > Naive.MAX_ROWS) {
			System.out.printf("Not running the naive script above %,d rows: it holds every workbook whole%n",
					Naive.MAX_ROWS);
			return null;
		}
		System.out.println("Running the naive script...");
		return program(Naive.class, NAIVE_HEAP, work.resolve("naive.log"));
	}

	/** One of the benchmark's programs, on this JVM's class path, reading the registry into {@link #output}. */
	private ChildRun program(Class<?> main, String heap, Path log) throws IOException, InterruptedException {
		Path output = output(main);
		fresh(output.getParent());
		return ChildRun.run(List.of(java(), heap, "-cp", System.getProperty("java.class.path"), main.getName(),
				input().toString(), output.toString()), work, log);
	}

	private Path input() {
		return work.resolve("input");
	}

	private Path output(Class<?> main) {
		return work.resolve(main.getSimpleName().toLowerCase(Locale.ROOT)).resolve("out.xlsx");
	}

	private static void check(ChildRun run, String what, Path log, Path output) {
		if (run.exitCode() != 0) {
			throw new BenchFailure(what + " failed (exit " + run.exitCode() + "): see " + log);
		}
		if (!Files.exists(output)) {
			throw new BenchFailure(what + " wrote no " + output + ": see " + log);
		}
	}

	/** The owners' workbooks beside the report, in the run's folder named after the as-of date. */
	private long ownerWorkbooks(Path report) throws IOException {
		Path folder = report.resolveSibling(registry.asOf().toString());
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).count();
		}
	}

	private static Path fresh(Path dir) throws IOException {
		FileSystemUtils.deleteRecursively(dir);
		return Files.createDirectories(dir);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The product or the floor did not do its job: the benchmark has nothing to report. */
	private static final class BenchFailure extends RuntimeException {

		BenchFailure(String message) {
			super(message);
		}

	}

}
