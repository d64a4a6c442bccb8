package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.filingaudit.system.Messages;

class RowSourcesTest {

	static final ColumnNames NAMES = new ColumnNames(Map.of(Field.COMPANY, List.of("企业名称", "Company"),
			Field.FILING_TYPE, List.of("许可类型", "Filing Type"), Field.FILING_NO, List.of("证书编号"), Field.ISSUE_DATE,
			List.of("发证日期"), Field.EXPIRY_DATE, List.of("有效期至", "Expiry Date")));

	private static final Messages MESSAGES = Messages.of("en");

	static final IngestOptions OPTIONS = new IngestOptions(new HeaderMatcher(NAMES, Map.of(), MESSAGES), MESSAGES,
			false, 200L * 1024 * 1024, 200L * 1024 * 1024, DateOrder.YMD);

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "GBK", "GB18030", "UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM" })
	void readsCsvInTheEncodingsExcelSaves(String encoding) throws IOException {
		String text = "企业名称,许可类型,有效期至\r\n星河云智科技有限公司,ICP许可证,2026-11-14\r\n";
		Path file = dir.resolve("台账.csv");
		Files.write(file, encode(text, encoding));

		List<SourceRow.Row> rows = rows(file);

		assertThat(rows).hasSize(1);
		SourceRow.Row row = rows.get(0);
		assertThat(row.value(Field.COMPANY).text()).isEqualTo("星河云智科技有限公司");
		assertThat(row.value(Field.FILING_TYPE).text()).isEqualTo("ICP许可证");
		assertThat(row.location()).isEqualTo(new Location("台账.csv", "", 2));
	}

	@ParameterizedTest
	@ValueSource(strings = { ";", "\t", "," })
	void detectsTheDelimiter(String delimiter) throws IOException {
		Path file = dir.resolve("x.csv");
		Files.writeString(file, String.join(delimiter, "Company", "Filing Type", "Expiry Date") + "\n"
				+ String.join(delimiter, "Acme Inc.", "ICP证", "2027-01-01") + "\n");

		SourceRow.Row row = rows(file).get(0);

		assertThat(row.value(Field.FILING_TYPE).text()).isEqualTo("ICP证");
		assertThat(row.value(Field.EXPIRY_DATE).text()).isEqualTo("2027-01-01");
	}

	@Test
	void keepsBlankRowsSoTheyAreCounted() throws IOException {
		Path file = dir.resolve("x.csv");
		Files.writeString(file, "企业名称,许可类型,证书编号\nA公司,ICP证,1\n,,\n\nB公司,ICP证,2\n");

		List<SourceRow.Row> rows = rows(file);

		assertThat(rows).hasSize(4);
		assertThat(rows).map(SourceRow.Row::isBlank).containsExactly(false, true, true, false);
		assertThat(rows.get(3).location().row()).isEqualTo(5);
	}

	@Test
	void csvWithoutTheRequiredColumnsIsReportedAsAFileProblem() throws IOException {
		Path file = dir.resolve("notes.csv");
		Files.writeString(file, "名称,备注\nA,B\n");

		List<SourceRow> rows = readAll(file);

		assertThat(rows).singleElement().isInstanceOfSatisfying(SourceRow.Notice.class, notice -> {
			assertThat(notice.unreadable()).isTrue();
			assertThat(notice.reason()).contains("企业名称").contains("许可类型");
		});
	}

	@Test
	void bytesThatAreNoTextAreRefused() throws IOException {
		Path file = dir.resolve("binary.csv");
		Files.write(file, new byte[] { (byte) 0x81, (byte) 0x30, (byte) 0xFF, (byte) 0xFF, 0x00, (byte) 0x80 });

		assertThatThrownBy(() -> readAll(file))
			.isInstanceOfSatisfying(UnreadableFileException.class,
					ex -> assertThat(FileProblems.reason(ex, MESSAGES)).contains("UTF-8").contains("GBK"));
	}

	@Test
	void readsXlsxDateCellsAsDatesAndSkipsNotesAndHiddenSheets() throws IOException {
		Path file = dir.resolve("台账.xlsx");
		writeWorkbook(new XSSFWorkbook(), file);

		assertWorkbookRead(file, "台账.xlsx");
	}

	@Test
	void readsXlsLikeXlsx() throws IOException {
		Path file = dir.resolve("old.xls");
		writeWorkbook(new HSSFWorkbook(), file);

		assertWorkbookRead(file, "old.xls");
	}

	@Test
	void workbookWithNoRegisterSheetIsAFileProblem() throws IOException {
		Path file = dir.resolve("notes.xlsx");
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("nothing to see");
			workbook.write(out);
		}

		List<SourceRow> rows = readAll(file);

		assertThat(rows).filteredOn(r -> r instanceof SourceRow.Notice n && n.unreadable()).hasSize(1);
		assertThat(rows).noneMatch(r -> r instanceof SourceRow.Row);
	}

	private void assertWorkbookRead(Path file, String name) throws IOException {
		List<SourceRow> rows = readAll(file);

		assertThat(rows).filteredOn(SourceRow.Notice.class::isInstance)
			.map(r -> ((SourceRow.Notice) r).sheet())
			.containsExactly("说明", "证照", "Hidden");
		List<SourceRow.Row> data = rows.stream().filter(SourceRow.Row.class::isInstance).map(r -> (SourceRow.Row) r).toList();
		assertThat(data).hasSize(3);
		assertThat(data.get(0).location()).isEqualTo(new Location(name, "证照", 2));
		assertThat(data.get(0).value(Field.EXPIRY_DATE).date()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(data.get(0).value(Field.FILING_NO).text()).isEqualTo("12345");
		assertThat(data.get(1).value(Field.EXPIRY_DATE).text()).isEqualTo("长期");
		assertThat(data.get(2).isBlank()).isTrue();
		assertThat(data.get(2).location().row()).isEqualTo(4);
	}

	private static void writeWorkbook(Workbook workbook, Path file) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("客户提供，2026年11月导出");
			Sheet sheet = workbook.createSheet("证照");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			Row header = sheet.createRow(0);
			String[] names = { "企业名称", "许可类型", "证书编号", "有效期至" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue("星河云智科技有限公司");
			first.createCell(1).setCellValue("ICP证");
			first.createCell(2).setCellValue(12345);
			Cell expiry = first.createCell(3);
			expiry.setCellValue(LocalDate.of(2027, 2, 28));
			expiry.setCellStyle(date);
			Row second = sheet.createRow(2);
			second.createCell(0).setCellValue("书香文化发展有限公司");
			second.createCell(1).setCellValue("出版物经营许可证");
			second.createCell(3).setCellValue("长期");
			sheet.createRow(3).createCell(0).setCellValue(" ");
			Sheet hidden = workbook.createSheet("Hidden");
			hidden.createRow(0).createCell(0).setCellValue("企业名称");
			workbook.setSheetHidden(workbook.getSheetIndex(hidden), true);
			workbook.write(out);
		}
	}

	static List<SourceRow.Row> rows(Path file) throws IOException {
		return readAll(file).stream().filter(SourceRow.Row.class::isInstance).map(SourceRow.Row.class::cast).toList();
	}

	static List<SourceRow> readAll(Path file) throws IOException {
		List<SourceRow> rows = new ArrayList<>();
		try (RowSource source = RowSources.open(file, file.getFileName().toString(), OPTIONS)) {
			SourceRow row;
			while ((row = source.next()) != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static byte[] encode(String text, String encoding) {
		return switch (encoding) {
			case "UTF-8-BOM" -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
					text.getBytes(StandardCharsets.UTF_8));
			case "UTF-16LE-BOM" -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
			case "UTF-16BE-BOM" -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE));
			default -> text.getBytes(Charset.forName(encoding));
		};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
