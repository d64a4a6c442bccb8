package com.filingaudit.ingest;

import java.io.Closeable;
import java.io.IOException;

import org.jspecify.annotations.Nullable;

/** The sheets of one file, one at a time. */
interface RawSheets extends Closeable {

	/** The next sheet, or {@code null} after the last. */
	@Nullable
	RawSheet nextSheet() throws IOException;

	/** See {@link RowSource#fractionRead()}. */
	default double fractionRead() {
		return Double.NaN;
	}

}
