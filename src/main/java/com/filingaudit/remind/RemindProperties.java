package com.filingaudit.remind;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders.
 *
 * @param days the tiers: days before a deadline at which its owner is reminded
 * @param unassignedTo where reminders of owners the directory lacks go: an address or a person's name
 * @param dryRun write each email as an .eml file in the run's report folder instead of sending it
 * @param people a people list (CSV or XLSX) imported into the directory before each run
 * @param from the sender of the emails
 * @param retryAfter a failed send is tried again after this, doubling with each failure (at most 6 hours)
 * @param escalateEvery a Risky or Lapsed filing still unresolved goes to its owner's manager again this often
 * @param attachWorkbook attach the owner's workbook of the run to the owner's email
 */
@ConfigurationProperties("audit.remind")
public record RemindProperties(@DefaultValue("45,30,15,7,1") List<Integer> days, @Nullable String unassignedTo,
		boolean dryRun, @Nullable Path people, @DefaultValue("filing-audit@localhost") String from,
		@DefaultValue("1m") Duration retryAfter, @DefaultValue("7d") Duration escalateEvery, boolean attachWorkbook) {
}
