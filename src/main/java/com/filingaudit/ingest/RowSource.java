package com.filingaudit.ingest;

import java.io.Closeable;
import java.io.IOException;

import org.jspecify.annotations.Nullable;

/** The rows of one register file, one at a time, so that memory does not grow with the file. */
public interface RowSource extends Closeable {

	/** The next row or notice; {@code null} at the end of the file. */
	@Nullable
	SourceRow next() throws IOException;

}
