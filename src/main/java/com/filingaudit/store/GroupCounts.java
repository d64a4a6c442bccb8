package com.filingaudit.store;

/** Filings per group in one run, and the rows of its Rejected sheet. */
public record GroupCounts(int lapsed, int risky, int expiring, int ok, int rejected) {
}
