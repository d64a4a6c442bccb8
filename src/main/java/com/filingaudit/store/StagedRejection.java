package com.filingaudit.store;

import org.jspecify.annotations.Nullable;

/** A rejected row ({@code row > 0}) or an unreadable file ({@code row == 0}). */
public record StagedRejection(String file, String sheet, int row, @Nullable String filingNo, @Nullable String column,
		@Nullable String value, String reason) {
}
