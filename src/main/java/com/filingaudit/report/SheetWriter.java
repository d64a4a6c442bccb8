package com.filingaudit.report;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rows of one sheet and keeps each column's widest text, so widths fit the content (capped) although
 * rows are streamed to disk as they are written. Every value is written as a plain value: text from the input never
 * becomes a formula.
 */
final class SheetWriter {

	/** Excel's limit for one cell's text. */
	static final int MAX_CELL_TEXT = 32_767;

	private static final int MAX_WIDTH = 60;

	/** Wrapped columns (Details, Reason, Note) are this many characters wide; their rows grow to show every line. */
	static final int WRAP_WIDTH = 56;

	/** Height of one line of text, in points, for the default 11-point font. */
	private static final float LINE_HEIGHT = 15f;

	private final SXSSFSheet sheet;

	private final Styles styles;

	private final int[] widths;

	/** Columns whose width is set, not fitted to their content. */
	private final boolean[] fixed;

	private int nextRow;

	private @Nullable Row row;

	private int nextColumn;

	/** Lines the tallest wrapped cell of the current row needs. */
	private int rowLines = 1;

	SheetWriter(SXSSFSheet sheet, Styles styles, int columns) {
		this.sheet = sheet;
		this.styles = styles;
		this.widths = new int[Math.max(columns, 1)];
		this.fixed = new boolean[widths.length];
	}

	/** Sets a column's width in characters; its content no longer widens it. */
	SheetWriter fixWidth(int column, int characters) {
		widths[column] = characters;
		fixed[column] = true;
		return this;
	}

	/** Keeps a fitted column between two widths, in characters. */
	SheetWriter limitWidth(int column, int min, int max) {
		widths[column] = Math.max(min, Math.min(widths[column], max));
		fixed[column] = true;
		return this;
	}

	/** Text over several columns, merged: a wide value in a grid of narrow columns. */
	SheetWriter span(@Nullable String value, int columns, @Nullable CellStyle style) {
		int first = nextColumn;
		Cell cell = next(style);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(cut(value));
		}
		for (int i = 1; i < columns; i++) {
			next(style);
		}
		if (columns > 1) {
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, first + columns - 1));
		}
		return this;
	}

	SheetWriter row() {
		fitRowHeight();
		row = sheet.createRow(nextRow++);
		nextColumn = 0;
		rowLines = 1;
		return this;
	}

	private void fitRowHeight() {
		if (row != null && rowLines > 1) {
			row.setHeightInPoints(rowLines * LINE_HEIGHT);
		}
	}

	Styles styles() {
		return styles;
	}

	/** Where the current row is, for a link to it: the sheet's name and the row number as Excel shows it. */
	String sheetName() {
		return sheet.getSheetName();
	}

	int rowNumber() {
		return nextRow;
	}

	/** Makes the last cell written a link to a place in this workbook; never to anything outside it. */
	SheetWriter linkTo(String sheetName, int rowNumber) {
		return linkTo(sheetName, rowNumber, styles.link);
	}

	SheetWriter linkTo(String sheetName, int rowNumber, CellStyle style) {
		Cell cell = row.getCell(nextColumn - 1);
		Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		link.setAddress("'" + sheetName.replace("'", "''") + "'!A" + rowNumber);
		cell.setHyperlink(link);
		cell.setCellStyle(style);
		return this;
	}

	SheetWriter skipRow() {
		nextRow++;
		return this;
	}

	SheetWriter header(String... names) {
		row();
		for (String name : names) {
			text(name, styles.header);
		}
		return this;
	}

	SheetWriter text(@Nullable String value) {
		return text(value, null);
	}

	SheetWriter text(@Nullable String value, @Nullable CellStyle style) {
		Cell cell = next(style);
		if (value != null && !value.isEmpty()) {
			String text = cut(value);
			cell.setCellValue(text);
			measure(cell.getColumnIndex(), text);
		}
		return this;
	}

	/** Text that may run on over the empty cells to its right: it does not widen its column. */
	SheetWriter overflowing(@Nullable String value) {
		Cell cell = next(null);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(cut(value));
		}
		return this;
	}

	SheetWriter wrapped(@Nullable String value) {
		return wrapped(value, styles.wrapped);
	}

	SheetWriter wrapped(@Nullable String value, CellStyle style) {
		int column = nextColumn;
		text(value, style);
		if (column < widths.length && !fixed[column]) {
			widths[column] = WRAP_WIDTH;
		}
		if (value != null) {
			int lines = 0;
			for (String line : value.split("\n")) {
				lines += Math.max(1, (displayWidth(line) + WRAP_WIDTH - 1) / WRAP_WIDTH);
			}
			rowLines = Math.max(rowLines, Math.min(lines, 15));
		}
		return this;
	}

	SheetWriter number(@Nullable Number value) {
		return number(value, null);
	}

	SheetWriter number(@Nullable Number value, @Nullable CellStyle style) {
		Cell cell = next(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			measure(cell.getColumnIndex(), value.toString());
		}
		return this;
	}

	SheetWriter date(@Nullable LocalDate value) {
		return date(value, styles.date);
	}

	SheetWriter date(@Nullable LocalDate value, CellStyle style) {
		Cell cell = next(style);
		if (value != null) {
			cell.setCellValue(value);
			measure(cell.getColumnIndex(), "2026-11-22");
		}
		return this;
	}

	/** Excel refuses a longer text: cut it, and say so with an ellipsis. */
	private static String cut(String value) {
		return value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
	}

	private Cell next(@Nullable CellStyle style) {
		Cell cell = row.createCell(nextColumn++);
		cell.setCellStyle(style != null ? style : styles.plain);
		return cell;
	}

	private void measure(int column, String text) {
		if (column >= widths.length || fixed[column] || widths[column] == WRAP_WIDTH) {
			return;
		}
		int width = 0;
		for (String line : text.split("\n")) {
			width = Math.max(width, displayWidth(line));
		}
		widths[column] = Math.max(widths[column], Math.min(width, MAX_WIDTH));
	}

	/** Chinese characters take two columns' width. */
	private static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) > 0x2E80 ? 2 : 1;
		}
		return width;
	}

	/**
	 * Freezes the header, filters on it, fits the widths and sets up printing (landscape, one page wide, the header
	 * repeated on every page): call once all rows are written.
	 */
	void finishTable(int columns) {
		sheet.createFreezePane(0, 1);
		if (columns > 0) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(nextRow - 1, 0), 0, columns - 1));
		}
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		finishPage();
	}

	/** Landscape, one page wide, widths fitted: for any sheet, once all its rows are written. */
	void finishPage() {
		fitRowHeight();
		sheet.setFitToPage(true);
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		fitWidths();
	}

	void fitWidths() {
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.max(widths[i] + 2, 8) * 256);
		}
	}

}
