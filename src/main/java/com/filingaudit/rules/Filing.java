package com.filingaudit.rules;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One licence or filing as the register states it, its type already resolved against the catalog.
 *
 * @param expiryDate the expiry date written in the row, or {@code null}
 * @param noExpiry the row says the filing never expires (长期, 永久)
 * @param lastInspection the last inspection, annual review or graded assessment (测评)
 * @param renewalSubmitted when the renewal application was filed
 * @param annualReportsTracked the register has a column for annual reports; without one they are not checked
 * @param lastAnnualReport when the last annual report was filed
 * @param protectionLevel the MLPS protection level (等保等级), 1 to 5
 * @param changeDate when the company's registration changed (name, legal representative, address...)
 * @param changeFiled when that change was filed with the authority
 * @param remarks the register's remarks (备注), which may state a status or a rename
 * @param foreignOwnership foreign shareholding in percent
 * @param typeInferred the register gave no type; it was inferred from the filing number
 * @param authority the office that issued the licence (许可机关, 发证机关): the renewal goes there
 * @param severalBusinesses the certificate licenses businesses of several types (ICP and EDI); it is audited once
 */
public record Filing(String company, @Nullable String creditCode, FilingType type, @Nullable String filingNo,
		@Nullable LocalDate issueDate, @Nullable LocalDate expiryDate, boolean noExpiry,
		@Nullable LocalDate lastInspection, @Nullable LocalDate renewalSubmitted, @Nullable String status,
		@Nullable String region, @Nullable String owner, boolean annualReportsTracked, @Nullable LocalDate lastAnnualReport,
		@Nullable Integer protectionLevel, @Nullable LocalDate changeDate, @Nullable LocalDate changeFiled,
		@Nullable String remarks, @Nullable Double foreignOwnership, boolean typeInferred, @Nullable String authority,
		boolean severalBusinesses) {
}
