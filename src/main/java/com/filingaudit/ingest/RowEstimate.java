package com.filingaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * About how many rows a register holds, found cheaply, so that a big file can be read in row ranges at once. Text:
 * its line breaks (a value quoted over several lines counts each). An .xlsx: each sheet's {@code <dimension>}, or
 * its rows counted when the writer left that out. An .xls is loaded whole by every reader of it, so it is never
 * split: 0, as for a file that cannot be read (its reader says why).
 */
public final class RowEstimate {

	private static final Logger log = LoggerFactory.getLogger(RowEstimate.class);

	private RowEstimate() {
	}

	public static long of(Path file) {
		try {
			return switch (FileKind.of(file)) {
				case TEXT -> lineBreaks(file);
				case XLSX -> xlsxRows(file);
				case OLE2 -> 0;
			};
		}
		catch (Exception ex) {
			log.debug("No row estimate for {}", file, ex);
			return 0;
		}
	}

	private static long lineBreaks(Path file) throws IOException {
		long breaks = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						breaks++;
					}
				}
			}
		}
		return breaks;
	}

	private static long xlsxRows(Path file) throws Exception {
		long rows = 0;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			XMLInputFactory factory = XMLHelper.newXMLInputFactory();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					rows += sheetRows(factory.createXMLStreamReader(in));
				}
			}
		}
		return rows;
	}

	/** The last row of the sheet's dimension when it spans rows (it comes before the rows), else the rows counted. */
	private static long sheetRows(XMLStreamReader xml) throws XMLStreamException {
		long rows = 0;
		try {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if ("row".equals(xml.getLocalName())) {
					rows++;
				}
				else if ("dimension".equals(xml.getLocalName())) {
					String ref = xml.getAttributeValue(null, "ref");
					if (ref != null && ref.contains(":")) {
						int last = CellRangeAddress.valueOf(ref).getLastRow();
						if (last > 0) {
							return last + 1L;
						}
					}
				}
			}
			return rows;
		}
		finally {
			xml.close();
		}
	}

}
