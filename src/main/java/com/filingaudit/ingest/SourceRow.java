package com.filingaudit.ingest;

import java.util.List;

/** What a register file yields: a row under its header, or a notice about the file or one of its sheets. */
public sealed interface SourceRow {

	/**
	 * A row below the header.
	 *
	 * @param ordinal the row's place in its file, counting every row handed out: later rows have higher ordinals
	 */
	record Row(Location location, Header header, List<Value> values, int ordinal) implements SourceRow {

		public Value value(Field field) {
			return header.column(field).filter(c -> c < values.size()).map(values::get).orElse(Value.BLANK);
		}

		public boolean isBlank() {
			return values.stream().allMatch(Value::isBlank);
		}

	}

	/**
	 * Something to say about a file or sheet. {@code unreadable}: the file could not be read, or not to the end, and
	 * is listed as rejected; otherwise a remark for the Summary (a sheet passed over, the header found on row 3).
	 */
	record Notice(String file, String sheet, boolean unreadable, String reason) implements SourceRow {
	}

	/**
	 * The file changed while it was read: it is rejected as incomplete, and whatever was staged of it is discarded
	 * (the next run reads it whole).
	 */
	record Discard(String file, String reason) implements SourceRow {
	}

}
