package com.filingaudit.report;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written row by row under one header, continued on further sheets ({@code Lapsed (2)}, {@code Lapsed (3)})
 * when one sheet is full: Excel holds 1,048,576 rows a sheet, the header included.
 */
final class TableWriter {

	/** Data rows an Excel sheet holds below its header. */
	static final int EXCEL_DATA_ROWS = 1_048_575;

	private final SXSSFWorkbook workbook;

	private final Styles styles;

	private final String name;

	private final String[] header;

	private final int maxDataRows;

	private SheetWriter sheet;

	private int sheets;

	private int rowsInSheet;

	TableWriter(SXSSFWorkbook workbook, Styles styles, String name, String[] header) {
		this(workbook, styles, name, header, EXCEL_DATA_ROWS);
	}

	TableWriter(SXSSFWorkbook workbook, Styles styles, String name, String[] header, int maxDataRows) {
		this.workbook = workbook;
		this.styles = styles;
		this.name = name;
		this.header = header.clone();
		this.maxDataRows = maxDataRows;
		this.sheet = newSheet();
	}

	/** A new row, on the next sheet when this one is full. */
	SheetWriter row() {
		if (rowsInSheet == maxDataRows) {
			sheet.finishTable(header.length);
			sheet = newSheet();
		}
		rowsInSheet++;
		return sheet.row();
	}

	void finish() {
		sheet.finishTable(header.length);
	}

	private SheetWriter newSheet() {
		sheets++;
		rowsInSheet = 0;
		String sheetName = sheets == 1 ? name : name + " (" + sheets + ")";
		SheetWriter writer = new SheetWriter(workbook.createSheet(sheetName), styles, header.length);
		writer.header(header);
		return writer;
	}

}
