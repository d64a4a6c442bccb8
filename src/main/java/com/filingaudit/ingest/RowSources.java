package com.filingaudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Opens a register file as what its content is: an .xlsx workbook (streamed), an .xls workbook (HSSF, whose size
 * the file cap bounds), or CSV/TSV text. POI's zip-bomb limits stay at their defaults.
 */
public final class RowSources {

	private RowSources() {
	}

	public static RowSource open(Path file, String name, IngestOptions options) throws IOException {
		long size = Files.size(file);
		if (size > options.maxFileBytes()) {
			throw new UnreadableFileException("file.tooLarge", megabytes(size), megabytes(options.maxFileBytes()));
		}
		RawSheets sheets = switch (FileKind.of(file)) {
			case XLSX -> xlsx(file);
			case OLE2 -> ole2(file);
			case TEXT -> TextSheets.open(file);
		};
		return new RegisterRows(name, sheets, options);
	}

	private static RawSheets xlsx(Path file) {
		Map<String, List<CellRangeAddress>> merged = MergedRegionScan.of(file);
		return new WorkbookSheets(StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile()),
				sheet -> merged.getOrDefault(sheet.getSheetName(), List.of()));
	}

	/** An .xls, or an encrypted .xlsx: Excel wraps those in the same OLE2 container. */
	private static RawSheets ole2(Path file) throws IOException {
		POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
		try {
			if (fs.getRoot().hasEntry("EncryptionInfo")) {
				throw new UnreadableFileException("file.encrypted");
			}
			return new WorkbookSheets(new HSSFWorkbook(fs), sheet -> sheet.getMergedRegions());
		}
		catch (IOException | RuntimeException ex) {
			fs.close();
			throw ex;
		}
	}

	private static String megabytes(long bytes) {
		return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
	}

}
