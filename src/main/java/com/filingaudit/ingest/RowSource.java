package com.filingaudit.ingest;

import java.io.Closeable;
import java.io.IOException;

import org.jspecify.annotations.Nullable;

/** The rows of one register file, one at a time, so that memory does not grow with the file. */
public interface RowSource extends Closeable {

	/** The next row or notice; {@code null} at the end of the file. */
	@Nullable
	SourceRow next() throws IOException;

	/**
	 * How much of the file has been read, from 0 to 1, to estimate its rows from the rows handed out so far: the
	 * bytes of a text file, the rows a workbook's sheets declare; {@code NaN} when the file does not tell.
	 */
	default double fractionRead() {
		return Double.NaN;
	}

	/**
	 * Passes over the next {@code items} rows and notices as {@link #next} would hand them out, without building the
	 * rows of a sheet's body: a range read from the middle of a file starts there, its rows with the same ordinals.
	 *
	 * @return how many were passed over; fewer when the file ends first
	 */
	int skip(int items) throws IOException;

}
