package com.filingaudit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What issue 13 calls a naive in-house script, for comparison: each workbook loaded whole with XSSFWorkbook, each CSV
 * read whole into lines (UTF-8, else GBK), and every {@value Floor#KEEP_EVERY}th row copied into one XSSFWorkbook,
 * held whole until it is written; no rules, no database, as the floor. Its memory grows with the rows: run it with a
 * big heap and only up to {@value #MAX_ROWS} rows. {@code Naive <input folder> <output.xlsx>}
 */
final class Naive {

	static final int MAX_ROWS = 300_000;

	private Naive() {
	}

	public static void main(String[] args) throws IOException {
		List<List<String>> kept = keptRows(Path.of(args[0]));
		write(kept, Path.of(args[1]));
		System.out.printf("Wrote %,d rows to %s%n", kept.size(), args[1]);
	}

	private static List<List<String>> keptRows(Path input) throws IOException {
		List<List<String>> kept = new ArrayList<>();
		try (Stream<Path> listed = Files.list(input)) {
			for (Path file : listed.sorted().toList()) {
				List<List<String>> rows = file.toString().endsWith(".xlsx") ? workbook(file) : csv(file);
				for (int i = Floor.KEEP_EVERY - 1; i < rows.size(); i += Floor.KEEP_EVERY) {
					kept.add(rows.get(i));
				}
			}
		}
		return kept;
	}

	private static void write(List<List<String>> rows, Path output) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(output)) {
			XSSFSheet sheet = workbook.createSheet();
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i);
				List<String> cells = rows.get(i);
				for (int j = 0; j < cells.size(); j++) {
					row.createCell(j).setCellValue(cells.get(j));
				}
			}
			workbook.write(out);
		}
	}

	private static List<List<String>> workbook(Path file) throws IOException {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
					rows.add(cells);
				}
			}
		}
		return rows;
	}

	private static List<List<String>> csv(Path file) throws IOException {
		return lines(file).stream().map(line -> List.of(line.split(",", -1))).toList();
	}

	private static List<String> lines(Path file) throws IOException {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (MalformedInputException notUtf8) {
			return Files.readAllLines(file, Charset.forName("GBK"));
		}
	}

}
