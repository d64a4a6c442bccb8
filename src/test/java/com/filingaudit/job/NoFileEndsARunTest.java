package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.DateOrder;
import com.filingaudit.ingest.Field;
import com.filingaudit.ingest.HeaderMatcher;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.system.Messages;

/**
 * A file the JVM cannot hold is that file's problem, never the run's: under a small heap an .xls past what the heap
 * can load is refused with the advice to save it as .xlsx, and running out of memory on a file gives up that file
 * only. Both run in a JVM of their own with a small heap, as a service with -Xmx would.
 */
class NoFileEndsARunTest {

	/** About 15 MB as .xls: loaded whole by HSSF it needs about 110 MB of heap. */
	private static final int XLS_ROWS = 60_000;

	@TempDir
	Path root;

	@Test
	void anXlsLargerThanTheHeapCanHoldIsRefusedAndTheRunGoesOn() throws Exception {
		AuditRun run = new AuditRun(root);
		writeLargeXls(run.input.resolve("全国台账.xls"));
		Files.writeString(run.input.resolve("small.csv"), "企业名称,许可类型,证书编号,有效期至\n小公司,文网文,京网文〔2023〕1001-001号,2026-02-01\n");

		List<String> command = new ArrayList<>(javaWithHeap("96m", FilingAuditApplication.class.getName()));
		command.addAll(run.arguments("2026-03-01", "--audit.locale=en"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).as(log).isZero();
		assertThat(log).doesNotContain("OutOfMemoryError");
		try (Workbook report = open(run.workbooks().get(0))) {
			assertThat(table(report.getSheet("Lapsed"))).extracting(r -> text(r.get("Company"))).containsExactly("小公司");
			assertThat(table(report.getSheet("Rejected"))).singleElement().satisfies(r -> {
				assertThat(text(r.get("Source"))).isEqualTo("全国台账.xls");
				assertThat(text(r.get("Reason")))
					.matches("An Excel 97-2003 workbook of 1\\d MB: this service reads \\.xls files of up to [56] MB .*")
					.contains("save it as .xlsx");
			});
		}
	}

	@Test
	void runningOutOfMemoryOnOneFileGivesUpThatFileOnly() throws Exception {
		writeLargeXls(root.resolve("全国台账.xls"));
		Files.writeString(root.resolve("small.csv"), "企业名称,许可类型,证书编号,有效期至\n小公司,文网文,京网文〔2023〕1001-001号,2026-02-01\n");

		List<String> command = javaWithHeap("64m", ReadWithoutTheCap.class.getName());
		command.addAll(List.of(root.resolve("全国台账.xls").toString(), root.resolve("small.csv").toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).as(out).isZero();
		assertThat(out).contains("全国台账.xls: notice: Reading this file ran out of memory, so it was given up")
			.contains("small.csv: 1 rows");
	}

	/** Reads files one after the other with the product's reader, the .xls cap lifted, and says what became of each. */
	static final class ReadWithoutTheCap {

		public static void main(String[] files) throws Exception {
			Messages messages = Messages.of("en");
			IngestOptions noCap = new IngestOptions(new HeaderMatcher(new ColumnNames(Map.of(Field.COMPANY,
					List.of("企业名称"), Field.FILING_TYPE, List.of("许可类型"), Field.FILING_NO, List.of("证书编号"),
					Field.EXPIRY_DATE, List.of("有效期至"))), Map.of(), messages), messages, false, Long.MAX_VALUE,
					Long.MAX_VALUE, DateOrder.YMD);
			for (String file : files) {
				Path path = Path.of(file);
				RegisterReader reader = RegisterReaderTest.whole(path, noCap);
				reader.open(new ExecutionContext());
				int rows = 0;
				for (SourceRow row = reader.read(); row != null; row = reader.read()) {
					if (row instanceof SourceRow.Notice notice && notice.unreadable()) {
						System.out.println(path.getFileName() + ": notice: " + notice.reason());
					}
					else if (row instanceof SourceRow.Row) {
						rows++;
					}
				}
				reader.close();
				System.out.println(path.getFileName() + ": " + rows + " rows");
			}
		}

	}

	private static List<String> javaWithHeap(String heap, String mainClass) {
		return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass));
	}

	private static void writeLargeXls(Path file) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			HSSFSheet sheet = workbook.createSheet("台账");
			String[] header = { "企业名称", "统一社会信用代码", "许可类型", "证书编号", "有效期至", "负责人", "所属地区", "备注" };
			HSSFRow first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int r = 1; r <= XLS_ROWS; r++) {
				HSSFRow row = sheet.createRow(r);
				row.createCell(0).setCellValue("北京某某科技有限公司" + r);
				row.createCell(1).setCellValue("9111000010000" + (10000 + r));
				row.createCell(2).setCellValue("增值电信业务经营许可证（ICP）");
				row.createCell(3).setCellValue("京B2-" + (20000000 + r));
				row.createCell(4).setCellValue("2027-01-" + (10 + r % 18));
				row.createCell(5).setCellValue("王蕾");
				row.createCell(6).setCellValue("北京");
				row.createCell(7).setCellValue("第二类增值电信业务中的信息服务业务 " + r);
			}
			workbook.write(out);
		}
	}

}
