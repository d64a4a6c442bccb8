package com.filingaudit.store;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.filingaudit.ingest.Location;

/**
 * Walks the rows of duplicated filings, winners first within each group, and decides: a row naming the winner's
 * company is superseded by it; a row naming another company conflicts with it.
 */
final class DuplicateGroups {

	private final List<Object[]> superseded;

	private final List<Object[]> conflicts;

	private @Nullable String group;

	private @Nullable Location winner;

	private @Nullable String winnerCompany;

	private @Nullable String winnerCredit;

	private boolean winnerConflicts;

	DuplicateGroups(List<Object[]> superseded, List<Object[]> conflicts) {
		this.superseded = superseded;
		this.conflicts = conflicts;
	}

	/** Rows of one company: by credit code when both rows have one, else by normalised name. */
	void accept(String filing, Location row, String company, @Nullable String credit) {
		if (!Objects.equals(filing, group)) {
			group = filing;
			winner = row;
			winnerCompany = company;
			winnerCredit = credit;
			winnerConflicts = false;
			return;
		}
		boolean sameCompany = credit != null && winnerCredit != null ? credit.equals(winnerCredit)
				: company.equals(winnerCompany);
		if (sameCompany) {
			superseded.add(update(winner.key(), row));
		}
		else {
			conflicts.add(update(winner.key(), row));
			if (!winnerConflicts) {
				conflicts.add(update(row.key(), winner));
				winnerConflicts = true;
			}
		}
	}

	private static Object[] update(String value, Location row) {
		return new Object[] { value, row.file(), row.sheet(), row.row() };
	}

}
