package com.filingaudit.ingest;

import com.filingaudit.system.Messages;

/**
 * How registers are read.
 *
 * @param headers finds and maps each sheet's header
 * @param messages the report's language, for reasons and notices
 * @param hiddenSheets audit hidden sheets too ({@code audit.ingest.hidden-sheets})
 * @param maxFileBytes larger files are refused unread ({@code audit.ingest.max-file-mb})
 */
public record IngestOptions(HeaderMatcher headers, Messages messages, boolean hiddenSheets, long maxFileBytes) {
}
