package com.filingaudit.ingest;

/**
 * Where a row stands in the analyst's files.
 *
 * @param file the file name, relative to the input folder
 * @param sheet the sheet name; empty for text files
 * @param row the row number as Excel shows it (the header of a CSV is row 1)
 */
public record Location(String file, String sheet, int row) {
}
