package com.filingaudit.ingest;

/**
 * Where a row stands in the analyst's files.
 *
 * @param file the file name, relative to the input folder
 * @param sheet the sheet name; empty for text files
 * @param row the row number as Excel shows it (the first line of a CSV is row 1)
 */
public record Location(String file, String sheet, int row) {

	private static final String SEPARATOR = "\u001F";

	/** One text holding the whole location, for a database column. */
	public String key() {
		return file + SEPARATOR + sheet + SEPARATOR + row;
	}

	public static Location ofKey(String key) {
		String[] parts = key.split(SEPARATOR, -1);
		return new Location(parts[0], parts[1], Integer.parseInt(parts[2]));
	}

}
