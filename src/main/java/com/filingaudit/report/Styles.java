package com.filingaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The few cell styles of the report, created once per workbook. */
final class Styles {

	/**
	 * A font every Windows and Office install has, which renders Chinese; elsewhere the viewer substitutes its own
	 * CJK font.
	 */
	static final String FONT = "Microsoft YaHei";

	/** Fills by urgency, most urgent first: overdue red, then orange, yellow, green; beyond the last tier none. */
	private static final String[] URGENCY_FILLS = { "FFC7CE", "FCD5B4", "FFEB9C", "E2EFDA" };

	final CellStyle header;

	/** A header over numbers: right-aligned, as they are. */
	final CellStyle numberHeader;

	final CellStyle date;

	/** A date among texts (the Summary's lists and headings): aligned left as they are. */
	final CellStyle dateLeft;

	final CellStyle wrapped;

	/** The Summary's note on a file, wrapped: set off from the number before it. */
	final CellStyle note;

	/** A header over indented cells (tile counts, notes), indented as they are. */
	final CellStyle indentedHeader;

	final CellStyle title;

	final CellStyle label;

	/** Every other cell: top-aligned, so that it lines up with the first line of a tall wrapped cell beside it. */
	final CellStyle plain;

	/** Every other line of a Summary table, lightly shaded: the eye follows it from the label to its numbers. */
	final CellStyle band;

	/** An internal link: blue and underlined, as Excel shows links. */
	final CellStyle link;

	/** A tile's count, a link to its sheet, right against the coloured label. */
	final CellStyle tileLink;

	/** A tile's count with no sheet to link to. */
	final CellStyle tileCount;

	/** A tile per group on the Summary, filled with the group's colour. */
	final Map<String, CellStyle> tiles = new HashMap<>();

	/** Lighter than the headers' grey. */
	private static final String BAND_FILL = "F2F2F2";

	private static final Map<String, String> TILE_FILLS = Map.of("LAPSED", "FFC7CE", "RISKY", "FCD5B4", "EXPIRING",
			"FFEB9C", "OK", "E2EFDA", "REJECTED", "D9D9D9");

	/** One style per urgency tier: overdue, each configured tier, beyond the last. */
	final List<CellStyle> urgency = new ArrayList<>();

	Styles(Workbook workbook, int urgencyTiers) {
		workbook.getFontAt(0).setFontName(FONT);
		Font bold = workbook.createFont();
		bold.setFontName(FONT);
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		numberHeader = workbook.createCellStyle();
		numberHeader.cloneStyleFrom(header);
		numberHeader.setAlignment(HorizontalAlignment.RIGHT);
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		date.setVerticalAlignment(VerticalAlignment.TOP);
		dateLeft = workbook.createCellStyle();
		dateLeft.cloneStyleFrom(date);
		dateLeft.setAlignment(HorizontalAlignment.LEFT);
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		note = workbook.createCellStyle();
		note.cloneStyleFrom(wrapped);
		// an indent counts only in text aligned left (or right), not in General's
		note.setAlignment(HorizontalAlignment.LEFT);
		note.setIndention((short) 1);
		indentedHeader = workbook.createCellStyle();
		indentedHeader.cloneStyleFrom(header);
		indentedHeader.setAlignment(HorizontalAlignment.LEFT);
		indentedHeader.setIndention((short) 1);
		Font big = workbook.createFont();
		big.setFontName(FONT);
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		title = workbook.createCellStyle();
		title.setFont(big);
		label = workbook.createCellStyle();
		label.setFont(bold);
		plain = workbook.createCellStyle();
		plain.setVerticalAlignment(VerticalAlignment.TOP);
		XSSFCellStyle shaded = (XSSFCellStyle) workbook.createCellStyle();
		shaded.cloneStyleFrom(plain);
		shaded.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(BAND_FILL)));
		shaded.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		band = shaded;
		Font blue = workbook.createFont();
		blue.setFontName(FONT);
		blue.setUnderline(Font.U_SINGLE);
		blue.setColor(IndexedColors.BLUE.getIndex());
		link = workbook.createCellStyle();
		link.setFont(blue);
		link.setVerticalAlignment(VerticalAlignment.TOP);
		tileLink = workbook.createCellStyle();
		tileLink.cloneStyleFrom(link);
		tileLink.setAlignment(HorizontalAlignment.LEFT);
		tileLink.setIndention((short) 1);
		tileCount = workbook.createCellStyle();
		tileCount.setAlignment(HorizontalAlignment.LEFT);
		tileCount.setIndention((short) 1);
		TILE_FILLS.forEach((group, rgb) -> {
			XSSFCellStyle tile = (XSSFCellStyle) workbook.createCellStyle();
			tile.setFont(bold);
			tile.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb)));
			tile.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			tiles.put(group, tile);
		});
		for (int tier = 0; tier <= urgencyTiers + 1; tier++) {
			XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
			style.setVerticalAlignment(VerticalAlignment.TOP);
			if (tier <= urgencyTiers) {
				String rgb = URGENCY_FILLS[Math.min(tier, URGENCY_FILLS.length - 1)];
				style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb)));
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			urgency.add(style);
		}
	}

}
