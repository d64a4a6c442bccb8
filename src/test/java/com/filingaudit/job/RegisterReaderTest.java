package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.DateOrder;
import com.filingaudit.ingest.Field;
import com.filingaudit.ingest.HeaderMatcher;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.ingest.TestWorkbooks;
import com.filingaudit.system.Messages;

class RegisterReaderTest {

	private static final Messages MESSAGES = Messages.of("en");

	private static final IngestOptions OPTIONS = new IngestOptions(new HeaderMatcher(new ColumnNames(Map.of(
			Field.COMPANY, List.of("企业名称"), Field.FILING_TYPE, List.of("许可类型"), Field.FILING_NO, List.of("证书编号"))),
			Map.of(), MESSAGES), MESSAGES, false, 1L << 30, 1L << 30, DateOrder.YMD);

	@TempDir
	Path dir;

	@Test
	void fileThatChangesWhileReadIsDiscardedAsIncomplete() throws Exception {
		Path file = Files.writeString(dir.resolve("copying.csv"), "企业名称,许可类型,证书编号\nA公司,ICP证,1\nB公司,ICP证,2\n");
		RegisterReader reader = whole(file, OPTIONS);
		reader.open(new ExecutionContext());
		List<SourceRow> read = new ArrayList<>();
		read.add(reader.read());
		read.add(reader.read());
		Files.writeString(file, "C公司,ICP证,3\n", StandardOpenOption.APPEND);
		for (SourceRow row = reader.read(); row != null; row = reader.read()) {
			read.add(row);
		}
		reader.close();

		assertThat(read.get(read.size() - 1)).isInstanceOfSatisfying(SourceRow.Discard.class,
				d -> assertThat(d.reason()).contains("changed while it was read"));
	}

	@Test
	void fileThatFailsToOpenEndsAsOneNoticeNotAnException() throws Exception {
		Path file = Files.write(dir.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		RegisterReader reader = whole(file, OPTIONS);
		reader.open(new ExecutionContext());

		SourceRow first = reader.read();

		assertThat(first).isInstanceOfSatisfying(SourceRow.Notice.class, n -> {
			assertThat(n.unreadable()).isTrue();
			assertThat(n.reason()).doesNotContain("Exception");
		});
		assertThat(reader.read()).isNull();
		reader.close();
		assertThat(describe(file, 1, RowRange.OPEN)).as("a later range says nothing of it").isEmpty();
	}

	/**
	 * Whatever the ranges, one after the other they hand out what one read of the whole file does, in the same order,
	 * each row with the same row number and ordinal: a title, blank rows, a row to reject, a value on two lines, a
	 * merged cell, sheets hidden or without a header; a file that fails midway, its notice once.
	 */
	@ParameterizedTest(name = "{0} in ranges of {1} items")
	@CsvSource({ "register.csv, 1 2 3 7", "register.xlsx, 1 4", "cut-off.xlsx, 40 150" })
	void rangesTogetherReadWhatOneReadDoes(String name, String sizes) throws Exception {
		Path file = name.endsWith(".csv") ? csv(dir.resolve(name))
				: xlsx(dir.resolve(name), name.startsWith("cut") ? 600 : 50);
		if (name.startsWith("cut")) {
			// the first sheet's XML left unfinished, as in a damaged file
			TestWorkbooks.rewritePart(file, "xl/worksheets/sheet1.xml", xml -> Arrays.copyOf(xml, xml.length * 2 / 3));
		}
		List<String> whole = describe(file, 0, RowRange.OPEN);
		assertThat(whole).hasSizeGreaterThan(25).anyMatch(item -> item.startsWith("notice"));

		for (String size : sizes.split(" ")) {
			List<String> ranges = new ArrayList<>();
			for (int first = 0; first < whole.size(); first += Integer.parseInt(size)) {
				int end = first + Integer.parseInt(size);
				ranges.addAll(describe(file, first, end < whole.size() ? end : RowRange.OPEN));
			}
			assertThat(ranges).as("ranges of %s items", size).isEqualTo(whole);
		}
		assertThat(describe(file, whole.size() + 5, RowRange.OPEN)).as("a range past the end").isEmpty();
	}

	@Test
	void resumedRangeGoesOnWhereItStopped() throws Exception {
		Path file = xlsx(dir.resolve("register.xlsx"), 50);
		RegisterReader killed = reader(file, 4, 20, OPTIONS);
		ExecutionContext saved = new ExecutionContext();
		killed.open(saved);
		List<String> read = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			read.add(describe(killed.read()));
		}
		killed.update(saved);
		killed.close();

		RegisterReader resumed = reader(file, 4, 20, OPTIONS);
		resumed.open(saved);
		for (SourceRow item = resumed.read(); item != null; item = resumed.read()) {
			read.add(describe(item));
		}
		resumed.close();

		assertThat(read).isEqualTo(describe(file, 4, 20));
	}

	/**
	 * A range looks at the file when it has read its part: one that ended before the file changed has nothing to say,
	 * any that ends after says the file is to be discarded, the last range at the end of the file, another in place
	 * of its last item.
	 */
	@Test
	void everyRangeEndingAfterTheFileChangedSaysSo() throws Exception {
		Path file = csv(dir.resolve("copying.csv"));
		long size = Files.size(file);
		long modified = Files.getLastModifiedTime(file).toMillis();
		List<SourceRow> before = readAll(found(file, size, modified, 0, 10));

		Files.writeString(file, "C公司,ICP证,3\n", StandardOpenOption.APPEND);
		List<SourceRow> first = readAll(found(file, size, modified, 0, 10));
		List<SourceRow> last = readAll(found(file, size, modified, 10, RowRange.OPEN));

		assertThat(before).hasSize(10).noneMatch(SourceRow.Discard.class::isInstance);
		assertThat(first).hasSize(10).last().isInstanceOf(SourceRow.Discard.class);
		assertThat(first.subList(0, 9)).noneMatch(SourceRow.Discard.class::isInstance);
		assertThat(last).last().isInstanceOf(SourceRow.Discard.class);
	}

	/** A reader of a range of the file as the run found it. */
	private static RegisterReader found(Path file, long size, long modified, int first, int end) {
		return new RegisterReader(file, file.getFileName().toString(), size, modified, first, end, OPTIONS,
				new ProgressTracker.Part());
	}

	/** A reader of the whole file as it is now. */
	static RegisterReader whole(Path file, IngestOptions options) throws IOException {
		return reader(file, 0, RowRange.OPEN, options);
	}

	private static RegisterReader reader(Path file, int first, int end, IngestOptions options) throws IOException {
		return new RegisterReader(file, file.getFileName().toString(), Files.size(file),
				Files.getLastModifiedTime(file).toMillis(), first, end, options, new ProgressTracker.Part());
	}

	private static List<SourceRow> readAll(RegisterReader reader) throws Exception {
		List<SourceRow> items = new ArrayList<>();
		reader.open(new ExecutionContext());
		for (SourceRow item = reader.read(); item != null; item = reader.read()) {
			items.add(item);
		}
		reader.close();
		return items;
	}

	private static List<String> describe(Path file, int first, int end) throws Exception {
		return readAll(reader(file, first, end, OPTIONS)).stream().map(RegisterReaderTest::describe).toList();
	}

	private static String describe(SourceRow item) {
		if (item instanceof SourceRow.Row row) {
			return row.location().key() + " #" + row.ordinal() + " " + row.values();
		}
		return item instanceof SourceRow.Notice notice ? "notice " + notice.sheet() + ": " + notice.reason() : "discard";
	}

	/** A title line, then the header, rows, blank ones, one without a company, a company name on two lines. */
	private static Path csv(Path file) throws IOException {
		StringBuilder text = new StringBuilder("客户证照台账 2026年11月\n企业名称,许可类型,证书编号,有效期至\n");
		for (int i = 1; i <= 30; i++) {
			text.append(switch (i % 10) {
				case 3 -> ",,,\n";
				case 6 -> ",ICP证,京B2-" + (20000000 + i) + ",2027-01-01\n";
				case 8 -> "\"两行\n公司" + i + "\",ICP证,京B2-" + (20000000 + i) + ",2027-01-01\n";
				default -> "公司" + i + ",ICP证,京B2-" + (20000000 + i) + ",2027-01-0" + (1 + i % 9) + "\n";
			});
		}
		return Files.writeString(file, text);
	}

	/**
	 * Written with SXSSF: a sheet with a title and {@code rows} rows under its header, a company merged down over two
	 * of them; a hidden sheet; a sheet without a header; a second register sheet.
	 */
	private static Path xlsx(Path file, int rows) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(5);
		Sheet licences = workbook.createSheet("证照");
		licences.createRow(0).createCell(0).setCellValue("客户证照台账 2026年11月");
		TestWorkbooks.registerRows(licences, 2, rows, RegisterReaderTest::expiry);
		// rows 44 and 45 as Excel numbers them, a company and a row without one, below where the header is looked for:
		// a range may start on the second
		licences.addMergedRegion(new CellRangeAddress(43, 44, 0, 0));
		TestWorkbooks.registerRows(workbook.createSheet("隐藏"), 0, 3, RegisterReaderTest::expiry);
		workbook.setSheetHidden(1, true);
		workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由客户提供");
		TestWorkbooks.registerRows(workbook.createSheet("续表"), 0, 6, RegisterReaderTest::expiry);
		return TestWorkbooks.save(workbook, file);
	}

	private static String expiry(int row) {
		return LocalDate.of(2027, 1, 1).plusDays(row).toString();
	}

}
