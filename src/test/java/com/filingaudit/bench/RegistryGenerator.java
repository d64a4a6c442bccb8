package com.filingaudit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.util.FileSystemUtils;

/**
 * Writes the registry as companies send theirs: two XLSX files written with SXSSF (the first with a title and an
 * export note above its header) and two CSV files, one in GBK with CRLF as Chinese Excel saves it, one in UTF-8 with a
 * BOM (Excel's "CSV UTF-8"). The XLSX files take the registry's XLSX share of the rows, half each. A file that would
 * get no rows is not written: an empty register is rejected.
 */
final class RegistryGenerator {

	/** Beside the input folder: the parameters its files were generated from. */
	private static final String MARKER = "registry.txt";

	private RegistryGenerator() {
	}

	/**
	 * Fills {@code input} with the registry, unless the marker in {@code work} says it already holds it (generating
	 * a million rows takes a while). The marker is written last, so that a generation cut short is never reused.
	 *
	 * @return whether the files were reused
	 */
	static boolean ensure(Registry registry, Path work, Path input) throws IOException {
		Path marker = work.resolve(MARKER);
		if (Files.isDirectory(input) && Files.exists(marker) && Files.readString(marker).equals(registry.marker())) {
			return true;
		}
		Files.deleteIfExists(marker);
		FileSystemUtils.deleteRecursively(input);
		Files.createDirectories(input);
		generate(registry, input);
		Files.writeString(marker, registry.marker());
		return false;
	}

	private static void generate(Registry registry, Path input) throws IOException {
		int xlsx = (int) Math.round(registry.rows() * registry.xlsxShare());
		int csv = registry.rows() - xlsx;
		Filings filings = new Filings(registry);
		xlsx(input.resolve("证照台账_总部.xlsx"), Layout.A, true, (xlsx + 1) / 2, filings);
		xlsx(input.resolve("证照台账_分公司.xlsx"), Layout.B, false, xlsx / 2, filings);
		csv(input.resolve("证照台账_华东.csv"), Layout.A, Charset.forName("GBK"), (csv + 1) / 2, filings);
		csv(input.resolve("证照台账_华南.csv"), Layout.B, StandardCharsets.UTF_8, csv / 2, filings);
	}

	private static void xlsx(Path file, Layout layout, boolean titled, int rows, Filings filings) throws IOException {
		if (rows == 0) {
			return;
		}
		// Since POI 5.5, close() also deletes SXSSF's temporary files.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			workbook.setCompressTempFiles(true);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			SXSSFSheet sheet = workbook.createSheet("证照");
			int next = 0;
			if (titled) {
				sheet.createRow(next++).createCell(0).setCellValue("客户证照台账（总部汇总）");
				sheet.createRow(next++).createCell(0).setCellValue("共 " + rows + " 条，由合规部导出");
			}
			row(sheet.createRow(next++), layout.headers, date);
			for (int i = 0; i < rows; i++) {
				row(sheet.createRow(next++), filings.next().cells(), date);
			}
			workbook.write(out);
		}
	}

	private static void row(Row row, List<?> cells, CellStyle date) {
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value instanceof LocalDate day) {
				Cell cell = row.createCell(i);
				cell.setCellValue(day);
				cell.setCellStyle(date);
			}
			else if (value != null) {
				row.createCell(i).setCellValue(value.toString());
			}
		}
	}

	private static void csv(Path file, Layout layout, Charset charset, int rows, Filings filings) throws IOException {
		if (rows == 0) {
			return;
		}
		try (Writer out = Files.newBufferedWriter(file, charset);
				CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
			if (charset.equals(StandardCharsets.UTF_8)) {
				out.write('\uFEFF');
			}
			printer.printRecord(layout.headers);
			for (int i = 0; i < rows; i++) {
				Stream<String> cells = filings.next().cells().stream()
					.map(value -> value instanceof LocalDate day ? layout.dates.format(day)
							: value == null ? "" : value.toString());
				printer.printRecord(cells);
			}
		}
	}

}
