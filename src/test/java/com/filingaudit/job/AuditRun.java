package com.filingaudit.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.testdb.TestDatabase;

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
		args.addAll(TestDatabase.arguments(data));
		args.addAll(List.of(more));
		return args;
	}

	/** Runs one audit in this JVM and returns the exit code the jar would exit with. */
	int once(String asOf, String... more) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(FilingAuditApplication.class)
			.run(arguments(asOf, more).toArray(String[]::new));
		return SpringApplication.exit(context);
	}

	/**
	 * Starts one audit in a JVM of its own, to be killed midway as a power cut would; its log (standard output and
	 * error) is the process's input stream.
	 */
	Process start(String asOf, String... more) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), FilingAuditApplication.class.getName()));
		command.addAll(arguments(asOf, more));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** A register of {@code rows} ICP licences, each valid, for runs long enough to stop or kill midway. */
	static void writeLargeRegister(Path file, int rows) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("企业名称,许可类型,证书编号,发证日期,有效期至\n");
			for (int i = 1; i <= rows; i++) {
				out.write("测试公司" + i + ",ICP证,京B2-" + (20000000 + i) + ",2022-01-01,2027-01-" + (1 + i % 28) + "\n");
			}
		}
	}

	/** The run's database, opened after the product has closed it. */
	Connection database() throws SQLException {
		return TestDatabase.connect(data);
	}

	/** The single number a query gives. */
	static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			if (!rs.next()) {
				throw new AssertionError("no row: " + sql);
			}
			return rs.getLong(1);
		}
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
