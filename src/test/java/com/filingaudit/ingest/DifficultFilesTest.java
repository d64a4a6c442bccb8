package com.filingaudit.ingest;

import static com.filingaudit.ingest.RowSourcesTest.readAll;
import static com.filingaudit.ingest.RowSourcesTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.filingaudit.system.Messages;

/** Each kind of file analysts actually drop, made by the test, read through the product's reader. */
class DifficultFilesTest {

	private static final Messages MESSAGES = Messages.of("en");

	@TempDir
	Path dir;

	@Test
	void truncatedWorkbookIsRefusedAsDamaged() throws IOException {
		assertThat(refusal(TestWorkbooks.truncated(dir.resolve("cut.xlsx")))).startsWith("The file is damaged");
	}

	@Test
	void passwordProtectedXlsxIsRefusedSayingHowToExportACopy() throws Exception {
		assertThat(refusal(TestWorkbooks.encryptedXlsx(dir.resolve("secret.xlsx")))).contains("password-protected")
			.contains("save a copy");
	}

	@Test
	void passwordProtectedXlsIsRefusedSayingHowToExportACopy() throws Exception {
		assertThat(refusal(TestWorkbooks.encryptedXls(dir.resolve("secret.xls")))).contains("password-protected");
	}

	@Test
	void zipBombIsRefusedUnopened() throws IOException {
		assertThat(refusal(TestWorkbooks.zipBomb(dir.resolve("bomb.xlsx")))).contains("zip bomb");
	}

	@Test
	void emptyFileIsRefused() throws IOException {
		assertThat(refusal(Files.createFile(dir.resolve("empty.csv")))).isEqualTo("The file is empty.");
	}

	@Test
	void fileOverTheSizeCapIsRefusedUnread() throws IOException {
		Path file = TestWorkbooks.register(dir.resolve("big.xlsx"), false);
		IngestOptions small = new IngestOptions(RowSourcesTest.OPTIONS.headers(), MESSAGES, false, 1024, 1024, DateOrder.YMD);

		Throwable refused = catchThrowable(() -> RowSources.open(file, "big.xlsx", small));

		assertThat(FileProblems.reason(refused, MESSAGES)).contains("audit.ingest.max-file-mb");
	}

	@Test
	void xlsLargerThanTheHeapCanHoldIsRefusedWithTheAdviceToSaveAsXlsx() throws IOException {
		Path file = TestWorkbooks.register(dir.resolve("big.xls"), true);
		long size = Files.size(file);
		IngestOptions heapOfSixteenTimesLess = new IngestOptions(RowSourcesTest.OPTIONS.headers(), MESSAGES, false,
				1L << 30, IngestOptions.xlsCap(16 * (size - 1), 1L << 30), DateOrder.YMD);

		Throwable refused = catchThrowable(() -> RowSources.open(file, "big.xls", heapOfSixteenTimesLess));

		assertThat(FileProblems.reason(refused, MESSAGES)).startsWith("An Excel 97-2003 workbook of 1 MB")
			.contains("save it as .xlsx");
		try (RowSource read = RowSources.open(file, "big.xls", new IngestOptions(RowSourcesTest.OPTIONS.headers(),
				MESSAGES, false, 1L << 30, IngestOptions.xlsCap(16 * size, 1L << 30), DateOrder.YMD))) {
			assertThat(read.next()).isNotNull();
		}
	}

	@ParameterizedTest(name = "heap {0} MB, file cap {1} MB -> .xls up to {2} MB")
	@CsvSource({ "64, 200, 4", "1024, 200, 64", "8192, 200, 200" })
	void anXlsIsReadUpToASixteenthOfTheHeapWithinTheFileCap(long heapMb, long fileMb, long xlsMb) {
		assertThat(IngestOptions.xlsCap(heapMb << 20, fileMb << 20)).isEqualTo(xlsMb << 20);
	}

	@Test
	void htmlSavedAsXlsIsRefusedPlainly() throws IOException {
		Path file = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>企业名称</td></tr></table></body></html>");

		assertThat(refusal(file)).contains("web page");
	}

	@ParameterizedTest
	@ValueSource(strings = { "register.xlsx", "register.xls" })
	void csvWithAWorkbookNameIsReadAsText(String name) throws IOException {
		Path file = Files.writeString(dir.resolve(name), "企业名称,许可类型,有效期至\nA公司,ICP证,2027-01-01\n");

		assertThat(rows(file)).singleElement().satisfies(r -> assertThat(r.value(Field.COMPANY).text()).isEqualTo("A公司"));
	}

	@Test
	void xlsSavedWithAnXlsxNameIsReadAsXls() throws IOException {
		Path file = TestWorkbooks.register(dir.resolve("old.xlsx"), true);

		assertThat(rows(file)).singleElement()
			.satisfies(r -> assertThat(r.value(Field.EXPIRY_DATE).date()).isEqualTo(LocalDate.of(2027, 2, 28)));
	}

	@Test
	void excelUnicodeTextIsReadAsTabSeparatedUtf16() throws IOException {
		String text = "\uFEFF企业名称\t许可类型\t有效期至\r\n蓝鲸（上海）文娱传媒有限公司\t文网文\t2026/12/19\r\n";
		Path file = Files.write(dir.resolve("unicode.txt"), text.getBytes(StandardCharsets.UTF_16LE));

		assertThat(rows(file)).singleElement().satisfies(r -> {
			assertThat(r.value(Field.COMPANY).text()).isEqualTo("蓝鲸（上海）文娱传媒有限公司");
			assertThat(r.value(Field.EXPIRY_DATE).text()).isEqualTo("2026/12/19");
		});
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void companyMergedOverItsLicencesOwnsEachOfThem(boolean xls) throws IOException {
		Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
		Sheet sheet = TestWorkbooks.sheet(workbook, "台账", new String[] { "企业名称", "许可类型", "证书编号" },
				new Object[] { "星河云智科技有限公司", "ICP证", "京B2-1" }, new Object[] { null, "EDI许可证", "京B2-2" },
				new Object[] { null, "文网文", "京网文〔2023〕1号" }, new Object[] { "蓝鲸文娱传媒有限公司", "ICP证", "沪B2-3" });
		sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
		Path file = TestWorkbooks.save(workbook, dir.resolve(xls ? "merged.xls" : "merged.xlsx"));

		assertThat(rows(file)).map(r -> r.value(Field.COMPANY).text())
			.containsExactly("星河云智科技有限公司", "星河云智科技有限公司", "星河云智科技有限公司", "蓝鲸文娱传媒有限公司");
	}

	@Test
	void titleRowsAboveTheHeaderArePassedOverNotRejected() throws IOException {
		Workbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("导出");
		sheet.createRow(0).createCell(0).setCellValue("客户证照台账（2026年11月）");
		sheet.createRow(1).createCell(0).setCellValue("导出时间：2026-11-20 18:00:03");
		sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
		TestWorkbooks.fill(workbook, sheet, 3, new String[] { "企业名称（全称）", "许可类型（必填）", "证书编号", "证书有效期至" },
				new Object[] { "A公司", "ICP证", "京B2-1", LocalDate.of(2027, 1, 1) });
		Path file = TestWorkbooks.save(workbook, dir.resolve("titled.xlsx"));

		List<SourceRow> read = readAll(file);

		assertThat(read).filteredOn(SourceRow.Notice.class::isInstance)
			.singleElement()
			.satisfies(n -> assertThat(((SourceRow.Notice) n).reason()).contains("row 4"));
		assertThat(rows(file)).singleElement().satisfies(r -> {
			assertThat(r.location().row()).isEqualTo(5);
			assertThat(r.value(Field.EXPIRY_DATE).date()).isEqualTo(LocalDate.of(2027, 1, 1));
		});
	}

	@Test
	void hiddenSheetsAreAuditedOnlyWhenAskedTo() throws IOException {
		Workbook workbook = new XSSFWorkbook();
		TestWorkbooks.sheet(workbook, "可见", new String[] { "企业名称", "许可类型", "证书编号" }, new Object[] { "A公司", "ICP证", "1" });
		TestWorkbooks.sheet(workbook, "隐藏", new String[] { "企业名称", "许可类型", "证书编号" }, new Object[] { "B公司", "ICP证", "2" });
		workbook.setSheetHidden(1, true);
		Path file = TestWorkbooks.save(workbook, dir.resolve("hidden.xlsx"));
		IngestOptions withHidden = new IngestOptions(RowSourcesTest.OPTIONS.headers(), MESSAGES, true, 1L << 30, 1L << 30, DateOrder.YMD);

		assertThat(rows(file)).map(r -> r.location().sheet()).containsExactly("可见");
		assertThat(readAll(file)).anySatisfy(r -> assertThat(r).isEqualTo(
				new SourceRow.Notice("hidden.xlsx", "隐藏", false, "Hidden sheet, not audited.")));
		try (RowSource source = RowSources.open(file, "hidden.xlsx", withHidden)) {
			int read = 0;
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				read += row instanceof SourceRow.Row ? 1 : 0;
			}
			assertThat(read).isEqualTo(2);
		}
	}

	@Test
	void workbookIn1904DateSystemGivesTheSameDates() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
		TestWorkbooks.sheet(workbook, "Mac", new String[] { "Company", "Filing Type", "Expiry Date" },
				new Object[] { "A Co.", "ICP证", LocalDate.of(2027, 2, 28) });
		Path file = TestWorkbooks.save(workbook, dir.resolve("mac.xlsx"));

		assertThat(rows(file)).singleElement()
			.satisfies(r -> assertThat(r.value(Field.EXPIRY_DATE).date()).isEqualTo(LocalDate.of(2027, 2, 28)));
	}

	@Test
	void formulaCellsGiveTheirCachedValue() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = TestWorkbooks.sheet(workbook, "公式", new String[] { "企业名称", "许可类型", "证书编号" },
				new Object[] { "A公司", null, "京B2-1" });
		sheet.getRow(1).createCell(1).setCellFormula("\"ICP\"&\"证\"");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		Path file = TestWorkbooks.save(workbook, dir.resolve("formula.xlsx"));

		assertThat(rows(file)).singleElement()
			.satisfies(r -> assertThat(r.value(Field.FILING_TYPE).text()).isEqualTo("ICP证"));
	}

	@Test
	void workbookWithoutAnyRegisterSheetIsRefusedNamingWhatIsMissing() throws IOException {
		Workbook workbook = new XSSFWorkbook();
		workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("客户名单见附件");
		Path file = TestWorkbooks.save(workbook, dir.resolve("notes.xlsx"));

		List<SourceRow> read = readAll(file);

		assertThat(read).filteredOn(r -> r instanceof SourceRow.Notice n && n.unreadable()).hasSize(1);
		assertThat(read).filteredOn(r -> r instanceof SourceRow.Notice n && !n.unreadable())
			.singleElement()
			.satisfies(n -> assertThat(((SourceRow.Notice) n).reason()).contains("企业名称"));
	}

	/** The one-line reason the file is refused with, whether at opening or while reading. */
	private static String refusal(Path file) {
		Throwable thrown = catchThrowable(() -> readAll(file));
		if (thrown != null) {
			return FileProblems.reason(thrown, MESSAGES);
		}
		try {
			return readAll(file).stream()
				.filter(r -> r instanceof SourceRow.Notice n && n.unreadable())
				.map(r -> ((SourceRow.Notice) r).reason())
				.findFirst()
				.orElse("not refused");
		}
		catch (IOException ex) {
			return FileProblems.reason(ex, MESSAGES);
		}
	}


}
