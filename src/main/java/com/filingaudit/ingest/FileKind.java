package com.filingaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * What a file is, by its content rather than its name: a CSV named .xlsx is read as text, an .xls saved as .xlsx as
 * an .xls. Content that is no spreadsheet at all is refused plainly.
 */
enum FileKind {

	XLSX, OLE2, TEXT;

	static FileKind of(Path file) throws IOException {
		if (Files.size(file) == 0) {
			throw new UnreadableFileException("file.empty");
		}
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		return switch (magic) {
			case OOXML -> XLSX;
			case OLE2 -> OLE2;
			case BIFF2, BIFF3, BIFF4 -> throw new UnreadableFileException("file.oldExcel");
			case HTML -> throw new UnreadableFileException("file.html");
			case XML -> throw new UnreadableFileException("file.xml");
			case UNKNOWN -> TEXT;
			default -> throw new UnreadableFileException("file.notRegister", magic.name());
		};
	}

}
