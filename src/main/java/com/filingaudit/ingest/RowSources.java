package com.filingaudit.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import com.filingaudit.system.Messages;
import com.github.pjfanning.xlsx.StreamingReader;

/** Opens a register file by its kind: CSV text, an .xlsx workbook (streamed) or an .xls workbook. */
public final class RowSources {

	/** The extensions the audit reads. */
	public static final Set<String> EXTENSIONS = Set.of("csv", "xlsx", "xls");

	private RowSources() {
	}

	public static RowSource open(Path file, String name, ColumnNames columnNames, Messages messages)
			throws IOException {
		return switch (extension(name)) {
			case "csv" -> CsvRowSource.open(file, name, columnNames, messages);
			case "xlsx" -> new WorkbookRowSource(
					StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile()), name,
					columnNames, messages);
			case "xls" -> new WorkbookRowSource(new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true)), name,
					columnNames, messages);
			default -> throw new IOException("unsupported file type: " + name);
		};
	}

	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
