package com.filingaudit.ingest;

import com.filingaudit.system.Messages;

/**
 * How registers are read.
 *
 * @param headers finds and maps each sheet's header
 * @param messages the report's language, for reasons and notices
 * @param hiddenSheets audit hidden sheets too ({@code audit.ingest.hidden-sheets})
 * @param maxFileBytes larger files are refused unread ({@code audit.ingest.max-file-mb})
 * @param maxXlsBytes larger Excel 97–2003 workbooks are refused unread: see {@link #xlsCap}
 * @param dateOrder how dates with the year last are read ({@code audit.ingest.date-order})
 */
public record IngestOptions(HeaderMatcher headers, Messages messages, boolean hiddenSheets, long maxFileBytes,
		long maxXlsBytes, DateOrder dateOrder) {

	/**
	 * An .xls is read whole (HSSF has no streaming reader): measured with POI 5.5, a loaded workbook holds about
	 * 7.2 times its file size on the heap (a 15.4 MB register of 60,000 rows: 110 MB; it fails under -Xmx96m). So an
	 * .xls is read only up to a sixteenth of the maximum heap; past that it is refused with the advice to save it as
	 * .xlsx, which is streamed whatever its size. Several files are read at once: the .xls files loaded at the same
	 * time share that sixteenth ({@link XlsBudget}).
	 */
	public static long xlsCap(long maxHeapBytes, long maxFileBytes) {
		return Math.min(maxFileBytes, maxHeapBytes / 16);
	}

}
