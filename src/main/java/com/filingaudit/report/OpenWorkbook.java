package com.filingaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.filingaudit.store.AuditStore;
import com.filingaudit.store.StagedFiling;

/**
 * A workbook being written, the main one or an owner's, and what its Summary gathers while the group sheets are
 * written: several are open at once, so that one pass over the run's rows fills them all.
 */
final class OpenWorkbook implements AutoCloseable {

	/** Rows each sheet keeps in memory; the rest are on disk (SXSSF). */
	private static final int ROWS_IN_MEMORY = 100;

	final AuditStore.Scope scope;

	final SXSSFWorkbook workbook;

	final Styles styles;

	final Dashboard board = new Dashboard();

	/** The group sheet being written and the rank of its next row. */
	TableWriter table;

	int rank;

	/** Filings that left the groups since the previous run: how many, and the first ones. */
	int resolved;

	final List<StagedFiling> resolvedListed = new ArrayList<>();

	private final Path file;

	OpenWorkbook(AuditStore.Scope scope, Path file, int urgencyTiers) {
		this.scope = scope;
		this.file = file;
		this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		this.workbook.setCompressTempFiles(true);
		this.styles = new Styles(workbook, urgencyTiers);
	}

	void startTable(String name, String[] header) {
		table = new TableWriter(workbook, styles, name, header);
		rank = 0;
	}

	void resolved(StagedFiling filing) {
		if (resolved++ < Dashboard.CHANGES_LISTED) {
			resolvedListed.add(filing);
		}
	}

	/** The Summary first and selected, then the workbook saved to its file. */
	void save(String summarySheet) throws IOException {
		workbook.setSheetOrder(summarySheet, 0);
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			workbook.getSheetAt(i).setSelected(i == 0);
		}
		workbook.setActiveSheet(0);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	/** Since POI 5.5, close() also deletes SXSSF's temporary files (what dispose() did; bug 68183). */
	@Override
	public void close() throws IOException {
		workbook.close();
	}

}
