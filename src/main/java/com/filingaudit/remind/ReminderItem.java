package com.filingaudit.remind;

import com.filingaudit.rules.Finding;
import com.filingaudit.store.StagedFiling;

/**
 * One finding of one filing to remind someone of.
 *
 * @param tier the tier it is sent at ({@code 0}: at once, the filing is Risky or Lapsed)
 */
record ReminderItem(StagedFiling filing, String identity, Finding finding, int tier) {
}
