package com.filingaudit.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A short list that is not a register (the people who own filings), read with the registers' file handling: CSV in
 * any of their encodings, .xlsx, .xls, title rows above the header. Its header is the first row, in the first 30 of a
 * visible sheet, that names every column asked for (each by any of its names, compared as register headers are).
 */
public final class SimpleList {

	private static final int SEARCH_ROWS = 30;

	/** A data row: its location and its values in the order of the columns asked for. */
	public record Row(Location location, List<String> values) {
	}

	/** The rows, or why there are none ({@code problem}). */
	public record Read(List<Row> rows, @Nullable String problem) {
	}

	private SimpleList() {
	}

	/**
	 * @param name the file's name as people know it
	 * @param columns for each column, its names
	 * @param maxRows more data rows than this and the list is refused
	 */
	public static Read read(Path file, String name, List<List<String>> columns, IngestOptions options, int maxRows)
			throws IOException {
		try (RawSheets sheets = RowSources.sheets(file, options)) {
			for (RawSheet sheet = sheets.nextSheet(); sheet != null; sheet = sheets.nextSheet()) {
				if (sheet.hidden()) {
					continue;
				}
				int[] at = null;
				List<Row> rows = new ArrayList<>();
				for (RawSheet.RawRow raw = sheet.nextRow(); raw != null; raw = sheet.nextRow()) {
					if (at == null) {
						at = header(raw, columns);
						if (at == null && raw.number() >= SEARCH_ROWS) {
							break;
						}
						continue;
					}
					if (raw.isBlank()) {
						continue;
					}
					if (rows.size() == maxRows) {
						return new Read(List.of(), options.messages().get("list.tooLong", maxRows));
					}
					List<String> values = new ArrayList<>();
					for (int column : at) {
						values.add(column < raw.values().size() ? raw.values().get(column).text().strip() : "");
					}
					rows.add(new Row(new Location(name, sheet.name(), raw.number()), values));
				}
				if (at != null) {
					return new Read(rows, null);
				}
			}
		}
		return new Read(List.of(), options.messages().get("list.noHeader",
				String.join(", ", columns.stream().map(names -> String.join(" / ", names)).toList())));
	}

	private static int @Nullable [] header(RawSheet.RawRow row, List<List<String>> columns) {
		int[] at = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			at[c] = -1;
			for (int i = 0; i < row.values().size() && at[c] < 0; i++) {
				String key = ColumnNames.key(row.values().get(i).text());
				for (String name : columns.get(c)) {
					if (!key.isEmpty() && key.equals(ColumnNames.key(name))) {
						at[c] = i;
					}
				}
			}
			if (at[c] < 0) {
				return null;
			}
		}
		return at;
	}

}
