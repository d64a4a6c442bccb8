package com.filingaudit.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merged regions of each sheet of an .xlsx. They are written after a sheet's rows, so a streaming reader learns
 * of them too late; this pass reads only the {@code <mergeCell>} elements, with the same secure XML parser as POI.
 */
final class MergedRegionScan {

	private static final Logger log = LoggerFactory.getLogger(MergedRegionScan.class);

	private MergedRegionScan() {
	}

	static Map<String, List<CellRangeAddress>> of(Path file) {
		Map<String, List<CellRangeAddress>> bySheet = new HashMap<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			XMLInputFactory factory = XMLHelper.newXMLInputFactory();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					bySheet.put(sheets.getSheetName(), scan(factory, in));
				}
			}
		}
		catch (Exception ex) {
			// The streaming reader opens the same parts and reports a broken file with its reason.
			log.debug("No merged regions read from {}", file, ex);
		}
		return bySheet;
	}

	private static List<CellRangeAddress> scan(XMLInputFactory factory, InputStream in) throws Exception {
		List<CellRangeAddress> regions = new ArrayList<>();
		XMLStreamReader xml = factory.createXMLStreamReader(in);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
					String ref = xml.getAttributeValue(null, "ref");
					if (ref != null && ref.contains(":")) {
						regions.add(CellRangeAddress.valueOf(ref));
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return regions;
	}

}
