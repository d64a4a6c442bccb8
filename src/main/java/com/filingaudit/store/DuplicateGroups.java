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

	private boolean winnerConflicts;

	DuplicateGroups(List<Object[]> superseded, List<Object[]> conflicts) {
		this.superseded = superseded;
		this.conflicts = conflicts;
	}

	void accept(String filing, Location row, String company) {
		if (!Objects.equals(filing, group)) {
			group = filing;
			winner = row;
			winnerCompany = company;
			winnerConflicts = false;
			return;
		}
		if (company.equals(winnerCompany)) {
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
