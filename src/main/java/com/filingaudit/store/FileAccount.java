package com.filingaudit.store;

import org.jspecify.annotations.Nullable;

/** What became of the rows of one file or sheet: read = audited + rejected + blank. */
public record FileAccount(String file, String sheet, int read, int audited, int rejected, int blank,
		@Nullable String note) {
}
