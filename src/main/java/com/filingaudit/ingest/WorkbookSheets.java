package com.filingaudit.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;

/**
 * The sheets of a workbook, a streamed .xlsx or an .xls alike. Cells give their value as the analyst sees it (a
 * formula its cached result, a date cell its date in the workbook's 1900 or 1904 system); a value merged down over
 * several rows belongs to each of them.
 */
final class WorkbookSheets implements RawSheets {

	private final Workbook workbook;

	private final Function<Sheet, List<CellRangeAddress>> mergedRegions;

	/** Run once the workbook is closed: an .xls gives back its share of the heap. */
	private final Closeable closed;

	private final boolean date1904;

	private int next;

	private @Nullable PoiSheet current;

	/** Rows read on the sheets before the current one. */
	private long rowsBefore;

	WorkbookSheets(Workbook workbook, Function<Sheet, List<CellRangeAddress>> mergedRegions, Closeable closed) {
		this.workbook = workbook;
		this.mergedRegions = mergedRegions;
		this.closed = closed;
		this.date1904 = workbook instanceof Date1904Support support && support.isDate1904();
	}

	@Override
	public @Nullable RawSheet nextSheet() {
		if (next >= workbook.getNumberOfSheets()) {
			return null;
		}
		int index = next++;
		Sheet sheet = workbook.getSheetAt(index);
		boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
		if (current != null) {
			rowsBefore += current.reached;
		}
		current = new PoiSheet(sheet, hidden, mergedRegions.apply(sheet));
		return current;
	}

	/**
	 * The rows read of those the sheets read so far declare (an .xlsx in its dimension, which Excel writes; an .xls
	 * knows them): sheets not yet begun are not counted. Unknown when the current sheet declares fewer rows than it has.
	 */
	@Override
	public double fractionRead() {
		if (current == null || current.reached == 0) {
			return Double.NaN;
		}
		long declared = current.sheet.getLastRowNum() + 1L;
		return declared < current.reached ? Double.NaN
				: (double) (rowsBefore + current.reached) / (rowsBefore + declared);
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.close();
		}
		finally {
			closed.close();
		}
	}

	private final class PoiSheet implements RawSheet {

		private final Sheet sheet;

		private final boolean hidden;

		private final Iterator<Row> rows;

		/** Regions spanning more than one row, by their first row. */
		private final Map<Integer, List<CellRangeAddress>> startingAt = new HashMap<>();

		/** Regions whose first row has been read, with the value of their top-left cell. */
		private final List<Merged> open = new ArrayList<>();

		/** The number of the last row read, as Excel shows it. */
		private int reached;

		PoiSheet(Sheet sheet, boolean hidden, List<CellRangeAddress> regions) {
			this.sheet = sheet;
			this.hidden = hidden;
			this.rows = sheet.rowIterator();
			for (CellRangeAddress region : regions) {
				if (region.getLastRow() > region.getFirstRow()) {
					startingAt.computeIfAbsent(region.getFirstRow(), r -> new ArrayList<>()).add(region);
				}
			}
		}

		@Override
		public String name() {
			return sheet.getSheetName();
		}

		@Override
		public boolean hidden() {
			return hidden;
		}

		@Override
		public @Nullable RawRow nextRow() {
			Row row = advance();
			if (row == null) {
				return null;
			}
			List<Value> values = values(row);
			for (Merged merged : open) {
				int column = merged.region.getFirstColumn();
				while (values.size() <= column) {
					values.add(Value.BLANK);
				}
				if (values.get(column).isBlank()) {
					values.set(column, merged.value);
				}
			}
			openRegions(row.getRowNum(), column -> column < values.size() ? values.get(column) : Value.BLANK);
			return new RawRow(row.getRowNum() + 1, values);
		}

		@Override
		public boolean skipRow() {
			Row row = advance();
			if (row == null) {
				return false;
			}
			// only the cells that start a merged region are read: rows after may take their value
			openRegions(row.getRowNum(), column -> {
				Cell cell = row.getCell(column);
				return cell == null ? Value.BLANK : value(cell);
			});
			return true;
		}

		/** The next row, with the merged regions that ended above it closed; {@code null} at the end. */
		private @Nullable Row advance() {
			if (!rows.hasNext()) {
				return null;
			}
			Row row = rows.next();
			reached = row.getRowNum() + 1;
			open.removeIf(m -> m.region.getLastRow() < row.getRowNum());
			return row;
		}

		/** Opens the regions starting on row {@code number}, each with the value of its first column there. */
		private void openRegions(int number, IntFunction<Value> valueAt) {
			for (CellRangeAddress region : startingAt.getOrDefault(number, List.of())) {
				open.add(new Merged(region, valueAt.apply(region.getFirstColumn())));
			}
		}

		private List<Value> values(Row row) {
			int width = Math.max(row.getLastCellNum(), 0);
			List<Value> values = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				Cell cell = row.getCell(i);
				values.add(cell == null ? Value.BLANK : value(cell));
			}
			return values;
		}

		private Value value(Cell cell) {
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
					: cell.getCellType();
			return switch (type) {
				case STRING -> Value.text(cell.getStringCellValue());
				case NUMERIC -> numeric(cell);
				case BOOLEAN -> Value.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
				case ERROR -> Value.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
				default -> Value.BLANK;
			};
		}

		private Value numeric(Cell cell) {
			double number = cell.getNumericCellValue();
			if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)) {
				LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
				return new Value(date.toString(), date);
			}
			return Value.text(NumberToTextConverter.toText(number));
		}

	}

	private record Merged(CellRangeAddress region, Value value) {
	}

}
