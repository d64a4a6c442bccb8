package com.filingaudit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import com.filingaudit.system.Messages;
import com.github.pjfanning.xlsx.StreamingReader;

/**
 * The group counts at the top of the report's Summary (Lapsed, Risky, Expiring, OK, Rejected), as the analyst sees
 * them: they show that the benchmark audited the registry it meant to. Read streamed: the report of a million rows
 * lists a fifth of them.
 */
final class ReportSummary {

	private ReportSummary() {
	}

	/** Each group's label, in the report's language, and its count; empty if the Summary has no such table. */
	static Map<String, Long> groups(Path report) throws IOException {
		Set<String> tableHeader = Set.of(Messages.of("zh-CN").get("summary.group"), Messages.of("en").get("summary.group"));
		Map<String, Long> groups = new LinkedHashMap<>();
		try (Workbook workbook = StreamingReader.builder().rowCacheSize(50).open(report.toFile())) {
			boolean inTable = false;
			for (Row row : workbook.getSheetAt(0)) {
				String label = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
				if (inTable) {
					Cell count = row.getCell(1);
					if (count == null || count.getCellType() != CellType.NUMERIC) {
						break;
					}
					groups.put(label, (long) count.getNumericCellValue());
				}
				else {
					inTable = tableHeader.contains(label);
				}
			}
		}
		return groups;
	}

}
