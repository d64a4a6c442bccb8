package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (kill -9) while it writes its report, after its workbook's companions were begun: the run that resumes
 * it publishes exactly the report an uninterrupted run of the same input writes, every owner's workbook complete, and
 * no temporary file of the killed run left behind.
 */
class KilledDuringReportResumesTest {

	private static final String AS_OF = "2026-11-01";

	/**
	 * Enough rows, over enough owners, that the report step takes a few seconds; most of them valid, which the report
	 * lists in no sheet, so that the rest of the run is short.
	 */
	private static final int ROWS = 30_000;

	private static final int OWNERS = 8;

	private static final List<String> GROUP_SHEETS = List.of("Lapsed", "Risky", "Expiring", "Rejected");

	@TempDir
	Path root;

	@Test
	void aRunKilledInItsReportStepPublishesTheSameReportWhenResumed() throws Exception {
		AuditRun killed = new AuditRun(root.resolve("killed"));
		AuditRun whole = new AuditRun(root.resolve("whole"));
		writeRegister(killed.input.resolve("台账.csv"), ROWS);
		Files.copy(killed.input.resolve("台账.csv"), whole.input.resolve("台账.csv"));

		// the uninterrupted run alongside the one to kill, in this JVM: the test takes half the time
		CompletableFuture<Integer> uninterrupted = CompletableFuture
			.supplyAsync(() -> whole.once(AS_OF, "--audit.locale=en"));
		killWhileOwnersWorkbooksAreWritten(killed);
		assertThat(uninterrupted.get(5, TimeUnit.MINUTES)).isZero();
		assertThat(killed.once(AS_OF, "--audit.locale=en")).isZero();

		assertSamePublished(killed, whole, AS_OF);
	}

	/**
	 * What the resumed run published is what the uninterrupted one did, under the run's name {@code run}: one
	 * workbook, each owner's, findings.csv, latest.xlsx; and no temporary file is left.
	 */
	static void assertSamePublished(AuditRun resumed, AuditRun whole, String run) throws IOException {
		assertThat(resumed.workbooks()).extracting(p -> p.getFileName().toString())
			.containsExactly("filing-audit-" + run + ".xlsx");
		assertSameReport(resumed.workbooks().get(0), whole.workbooks().get(0));
		Path folder = resumed.reports.resolve(run);
		List<String> files = names(folder);
		assertThat(files).as("findings.csv and each owner's workbook").hasSize(OWNERS + 1)
			.containsExactlyElementsOf(names(whole.reports.resolve(run)));
		for (String name : files) {
			if (name.endsWith(".xlsx")) {
				assertSameReport(folder.resolve(name), whole.reports.resolve(run).resolve(name));
			}
		}
		assertThat(Files.readString(folder.resolve("findings.csv")))
			.isEqualTo(Files.readString(whole.reports.resolve(run).resolve("findings.csv")))
			.isEqualTo(Files.readString(resumed.reports.resolve("findings.csv")));
		assertThat(Files.readAllBytes(resumed.reports.resolve("latest.xlsx")))
			.isEqualTo(Files.readAllBytes(resumed.workbooks().get(0)));
		assertThat(temporaryFiles(resumed)).as("temporary files left").isEmpty();
	}

	/** The report step's files written aside ({@code .part}) anywhere under the reports folder. */
	static List<Path> temporaryFiles(AuditRun run) throws IOException {
		try (Stream<Path> all = Files.walk(run.reports)) {
			return all.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
		}
	}

	/**
	 * Starts the audit in its own JVM and kills it while the report step writes the workbooks: the main workbook and the
	 * owners' are being written aside, none of them in place yet.
	 */
	private static void killWhileOwnersWorkbooksAreWritten(AuditRun run) throws IOException, InterruptedException {
		Process process = run.start(AS_OF, "--audit.locale=en");
		Path folder = run.reports.resolve(AS_OF);
		boolean inReport;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			// the report step logs little more, so the log left unread does not hold the run up
			inReport = out.lines().anyMatch(line -> line.contains("Executing step: [report]"));
			// the owners' workbooks are begun aside (.part files) in the run's folder: kill as soon as they are
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (inReport && process.isAlive() && !writingAside(folder) && System.nanoTime() < deadline) {
				process.waitFor(10, TimeUnit.MILLISECONDS);
			}
			assertThat(writingAside(folder)).as("the workbooks were being written when the run was killed").isTrue();
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(inReport).as("the first run reached its report step").isTrue();
		assertThat(process.exitValue()).as("the first run was killed, not finished").isNotZero();
		assertThat(run.workbooks()).as("no workbook published by the killed run").isEmpty();
		assertThat(names(folder)).as("some owners' workbooks still to write").hasSizeLessThan(OWNERS + 1);
	}

	/** Lapsed, expiring and valid licences spread over the owners, each owner with filings of each group. */
	static void writeRegister(Path file, int rows) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("企业名称,许可类型,证书编号,有效期至,负责人\n");
			for (int i = 1; i <= rows; i++) {
				String expiry = switch (i % 10) {
					case 0 -> "2026-09-" + (1 + i % 28);
					case 1 -> "2027-01-" + (1 + i % 28);
					default -> "2028-05-" + (1 + i % 28);
				};
				out.write("测试公司" + i + ",ICP证,京B2-" + (30000000 + i) + "," + expiry + ",客户经理" + (i % OWNERS)
						+ "\n");
			}
			out.write("无效公司,ICP证,京B2-1,不是日期,客户经理0\n");
		}
	}

	/** The group sheets cell by cell and the Summary's counts; the rest of the Summary names when it was written. */
	private static void assertSameReport(Path resumed, Path uninterrupted) throws IOException {
		try (Workbook a = FilingAuditJobTest.open(resumed); Workbook b = FilingAuditJobTest.open(uninterrupted)) {
			assertThat(FilingAuditJobTest.sheetNames(a)).isEqualTo(FilingAuditJobTest.sheetNames(b));
			assertThat(FilingAuditJobTest.labelCounts(a.getSheet("Summary")))
				.isEqualTo(FilingAuditJobTest.labelCounts(b.getSheet("Summary")));
			for (String sheet : GROUP_SHEETS) {
				assertThat(cells(a.getSheet(sheet))).as(resumed.getFileName() + " " + sheet)
					.isEqualTo(cells(b.getSheet(sheet)));
			}
		}
	}

	private static List<List<String>> cells(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> values = new ArrayList<>();
			row.forEach(cell -> values.add(FilingAuditJobTest.text(cell)));
			rows.add(values);
		}
		return rows;
	}

	private static boolean writingAside(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
		}
	}

	private static List<String> names(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".part")).sorted().toList();
		}
	}

}
