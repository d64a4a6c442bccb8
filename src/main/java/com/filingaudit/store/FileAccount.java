package com.filingaudit.store;

import org.jspecify.annotations.Nullable;

/**
 * What became of the rows of one file or sheet: read = audited + rejected + blank.
 *
 * @param lastAudited the highest number of a row audited, 0 when none was
 */
public record FileAccount(String file, String sheet, int read, int audited, int rejected, int blank,
		@Nullable String note, int lastAudited) {
}
