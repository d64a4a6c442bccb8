package com.filingaudit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.DateOrder;
import com.filingaudit.ingest.Field;
import com.filingaudit.ingest.HeaderMatcher;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.InputFolder;
import com.filingaudit.ingest.RowSource;
import com.filingaudit.ingest.RowSources;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.ingest.Value;
import com.filingaudit.system.Messages;

/**
 * The floor: the least a program must do for the product's job, to compare the product with. It reads every row of
 * every register in the folder with the product's own readers, a file per core at once as the product's audit step
 * does, and writes every {@value #KEEP_EVERY}th row (about the share a report lists) once into one SXSSF workbook: no
 * rules, no database. The header names are the generated registry's (the product's catalog knows more, which costs
 * nothing per row). Run in a JVM of its own with the product's heap: {@code Floor <input folder> <output.xlsx>}.
 */
final class Floor {

	static final int KEEP_EVERY = 5;

	private Floor() {
	}

	public static void main(String[] args) throws Exception {
		Path input = Path.of(args[0]);
		Path output = Path.of(args[1]);
		List<Path> files = new InputFolder(input).survey(Instant.now(), Duration.ZERO).registers();
		IngestOptions options = options();
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService readers = Executors.newFixedThreadPool(threads);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			Sink sink = new Sink(workbook);
			List<Future<Long>> reads = new ArrayList<>();
			for (Path file : files) {
				reads.add(readers.submit(() -> read(file, options, sink)));
			}
			long rows = 0;
			for (Future<Long> read : reads) {
				rows += read.get();
			}
			try (OutputStream out = Files.newOutputStream(output)) {
				workbook.write(out);
			}
			System.out.printf("Read %,d rows from %d files with %d threads, wrote %,d to %s%n", rows, files.size(),
					threads, sink.written, output);
		}
		finally {
			readers.shutdown();
		}
	}

	private static IngestOptions options() {
		Map<Field, List<String>> names = new EnumMap<>(Field.class);
		for (int i = 0; i < Layout.FIELDS.size(); i++) {
			names.put(Layout.FIELDS.get(i), List.of(Layout.A.headers.get(i), Layout.B.headers.get(i)));
		}
		Messages messages = Messages.of("zh-CN");
		long noLimit = Long.MAX_VALUE;
		return new IngestOptions(new HeaderMatcher(new ColumnNames(names), Map.of(), messages), messages, false, noLimit,
				noLimit, DateOrder.YMD);
	}

	/** Reads a file to its end; a file the reader refuses fails the floor, as it would leave rows unread. */
	private static long read(Path file, IngestOptions options, Sink sink) throws IOException {
		long rows = 0;
		try (RowSource source = RowSources.open(file, file.getFileName().toString(), options)) {
			for (SourceRow next = source.next(); next != null; next = source.next()) {
				if (next instanceof SourceRow.Notice notice && notice.unreadable()) {
					throw new IOException(file + ": " + notice.reason());
				}
				if (next instanceof SourceRow.Row row && !row.isBlank() && ++rows % KEEP_EVERY == 0) {
					sink.write(row.values());
				}
			}
		}
		return rows;
	}

	/** One SXSSF sheet after another, each as full as Excel allows, written by the readers in turn. */
	private static final class Sink {

		private final SXSSFWorkbook workbook;

		private final CellStyle date;

		private SXSSFSheet sheet;

		private int next;

		private long written;

		Sink(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			this.date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			this.sheet = workbook.createSheet();
		}

		synchronized void write(List<Value> values) {
			if (next > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
				sheet = workbook.createSheet();
				next = 0;
			}
			Row row = sheet.createRow(next++);
			for (int i = 0; i < values.size(); i++) {
				Value value = values.get(i);
				Cell cell = row.createCell(i);
				if (value.date() != null) {
					cell.setCellValue(value.date());
					cell.setCellStyle(date);
				}
				else {
					cell.setCellValue(value.text());
				}
			}
			written++;
		}

	}

}
