package com.filingaudit.ingest;

import java.util.List;

/** What a register file yields: a row under its header, or a notice about the file or one of its sheets. */
public sealed interface SourceRow {

	/** A row below the header. */
	record Row(Location location, Header header, List<Value> values) implements SourceRow {

		public Value value(Field field) {
			return header.column(field).filter(c -> c < values.size()).map(values::get).orElse(Value.BLANK);
		}

		public boolean isBlank() {
			return values.stream().allMatch(Value::isBlank);
		}

	}

	/**
	 * A file that could not be read, or could not be read to the end ({@code unreadable}), or a sheet that holds no
	 * register and was passed over.
	 */
	record Notice(String file, String sheet, boolean unreadable, String reason) implements SourceRow {
	}

}
