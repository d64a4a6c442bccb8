package com.filingaudit.ingest;

import java.io.Closeable;
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
 * Opens a register file as what its content is: an .xlsx workbook (streamed), an .xls workbook (HSSF, loaded whole,
 * so its size is capped by the heap), or CSV/TSV text. POI's zip-bomb limits stay at their defaults.
 */
public final class RowSources {

	/** One for the process: its threads share one heap. */
	static final XlsBudget XLS_LOADED = new XlsBudget(IngestOptions.xlsCap(Runtime.getRuntime().maxMemory(),
			Long.MAX_VALUE));

	private RowSources() {
	}

	public static RowSource open(Path file, String name, IngestOptions options) throws IOException {
		return new RegisterRows(name, sheets(file, options), options);
	}

	/** The file's sheets, whatever its kind: for registers and for the other lists the product reads. */
	static RawSheets sheets(Path file, IngestOptions options) throws IOException {
		long size = Files.size(file);
		if (size > options.maxFileBytes()) {
			throw new UnreadableFileException("file.tooLarge", FileProblems.megabytes(size),
					FileProblems.megabytes(options.maxFileBytes()));
		}
		return switch (FileKind.of(file)) {
			case XLSX -> xlsx(file);
			case OLE2 -> ole2(file, size, options);
			case TEXT -> TextSheets.open(file);
		};
	}

	private static RawSheets xlsx(Path file) {
		Map<String, List<CellRangeAddress>> merged = MergedRegionScan.of(file);
		return new WorkbookSheets(StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile()),
				sheet -> merged.getOrDefault(sheet.getSheetName(), List.of()), () -> { });
	}

	/**
	 * An .xls, or an encrypted .xlsx: Excel wraps those in the same OLE2 container. An .xls is loaded whole, so one
	 * larger than the heap can hold is refused before it is loaded (see {@link IngestOptions#xlsCap}), and one that
	 * other threads' loaded .xls files leave no room for waits until they are closed ({@link #XLS_LOADED}).
	 */
	private static RawSheets ole2(Path file, long size, IngestOptions options) throws IOException {
		POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
		Closeable loaded = () -> { };
		try {
			if (fs.getRoot().hasEntry("EncryptionInfo")) {
				throw new UnreadableFileException("file.encrypted");
			}
			if (size > options.maxXlsBytes()) {
				throw new UnreadableFileException("file.xlsTooLarge", FileProblems.megabytes(size),
						FileProblems.megabytes(options.maxXlsBytes()));
			}
			loaded = XLS_LOADED.take(size);
			return new WorkbookSheets(new HSSFWorkbook(fs), sheet -> sheet.getMergedRegions(), loaded);
		}
		catch (IOException | RuntimeException | Error ex) {
			loaded.close();
			fs.close();
			throw ex;
		}
	}


}
