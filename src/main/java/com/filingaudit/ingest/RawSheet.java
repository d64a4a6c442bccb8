package com.filingaudit.ingest;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One sheet of a file (a CSV is one sheet without a name), its physical rows one at a time. */
interface RawSheet {

	/** The sheet's name; empty for text files. */
	String name();

	boolean hidden();

	/** The next physical row, or {@code null} at the end of the sheet. */
	@Nullable
	RawRow nextRow() throws IOException;

	/** Passes over the next physical row without building its values; {@code false} at the end of the sheet. */
	boolean skipRow() throws IOException;

	/** A physical row: its number as Excel shows it, and its cells. */
	record RawRow(int number, List<Value> values) {

		boolean isBlank() {
			return values.stream().allMatch(Value::isBlank);
		}

	}

}
