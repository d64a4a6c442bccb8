package com.filingaudit.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the report, created once per workbook. */
final class Styles {

	final CellStyle header;

	final CellStyle date;

	final CellStyle wrapped;

	final CellStyle title;

	final CellStyle label;

	Styles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		date.setVerticalAlignment(VerticalAlignment.TOP);
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		title = workbook.createCellStyle();
		title.setFont(big);
		label = workbook.createCellStyle();
		label.setFont(bold);
	}

}
