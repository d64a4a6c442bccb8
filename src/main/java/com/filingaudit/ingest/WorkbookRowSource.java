package com.filingaudit.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;

import com.filingaudit.system.Messages;

/**
 * The sheets of a workbook, one after another. Each visible sheet whose first row is a register header is read;
 * the others are passed over with a notice. Works on a streamed .xlsx and on an .xls alike.
 */
final class WorkbookRowSource implements RowSource {

	private final Workbook workbook;

	private final String name;

	private final ColumnNames columnNames;

	private final Messages messages;

	private final boolean date1904;

	private int nextSheet;

	private int sheetsRead;

	private @Nullable String sheetName;

	private @Nullable Iterator<Row> rows;

	private @Nullable Header header;

	private boolean finished;

	WorkbookRowSource(Workbook workbook, String name, ColumnNames columnNames, Messages messages) {
		this.workbook = workbook;
		this.name = name;
		this.columnNames = columnNames;
		this.messages = messages;
		this.date1904 = workbook instanceof Date1904Support support && support.isDate1904();
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		while (!finished) {
			if (rows != null && rows.hasNext()) {
				Row row = rows.next();
				return new SourceRow.Row(new Location(name, sheetName, row.getRowNum() + 1), header, values(row));
			}
			SourceRow.Notice notice = openNextSheet();
			if (notice != null) {
				return notice;
			}
		}
		return null;
	}

	/** Moves to the next sheet; returns a notice when that sheet is passed over. */
	private SourceRow.@Nullable Notice openNextSheet() {
		rows = null;
		if (nextSheet >= workbook.getNumberOfSheets()) {
			finished = true;
			return sheetsRead == 0 ? new SourceRow.Notice(name, "", true, messages.get("notice.noSheet")) : null;
		}
		int index = nextSheet++;
		Sheet sheet = workbook.getSheetAt(index);
		sheetName = sheet.getSheetName();
		if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
			return new SourceRow.Notice(name, sheetName, false, messages.get("notice.hiddenSheet"));
		}
		Iterator<Row> sheetRows = sheet.rowIterator();
		Row first = null;
		while (sheetRows.hasNext() && first == null) {
			Row candidate = sheetRows.next();
			if (!values(candidate).stream().allMatch(Value::isBlank)) {
				first = candidate;
			}
		}
		if (first == null) {
			return new SourceRow.Notice(name, sheetName, false, messages.get("notice.emptySheet"));
		}
		Header sheetHeader = Header.of(values(first).stream().map(Value::text).toList(), columnNames);
		if (!sheetHeader.missingRequiredFields().isEmpty()) {
			return new SourceRow.Notice(name, sheetName, false,
					Headers.missingReason(sheetHeader, columnNames, messages));
		}
		header = sheetHeader;
		rows = sheetRows;
		sheetsRead++;
		return null;
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
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
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

	@Override
	public void close() throws IOException {
		workbook.close();
	}

}
