package com.filingaudit.rules;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One licence or filing as the register states it, its type already resolved against the catalog.
 *
 * @param expiryDate the expiry date written in the row, or {@code null}
 * @param noExpiry the row says the filing never expires (长期, 永久)
 */
public record Filing(String company, @Nullable String creditCode, FilingType type, @Nullable String filingNo,
		@Nullable LocalDate issueDate, @Nullable LocalDate expiryDate, boolean noExpiry,
		@Nullable LocalDate lastInspection, @Nullable LocalDate renewalSubmitted, @Nullable String status,
		@Nullable String region, @Nullable String owner) {
}
