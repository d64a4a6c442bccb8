package com.filingaudit.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.filingaudit.ingest.Location;

/**
 * Walks staged rows in filing-number order, holding one filing's rows at a time, and decides for each duplicated
 * filing: the row of the most recently modified file wins (the later row within a file); a row naming the winner's
 * company is superseded by it; a row naming another company conflicts with it, and the winner with the first such.
 * Companies are compared by credit code when both rows have one, else by normalised name.
 */
final class DuplicateGroups {

	/** A staged row, as far as duplicates are concerned. */
	record Candidate(String filing, Location location, String company, @Nullable String credit, long modified,
			int ordinal) {
	}

	/** What to do to a row: point it at another, as superseded by it or as conflicting with it. */
	record Decision(Location row, Location other, boolean superseded) {
	}

	private static final Comparator<Candidate> NEWEST_FIRST = Comparator.comparingLong(Candidate::modified)
		.thenComparing(c -> c.location().file())
		.thenComparingInt(Candidate::ordinal)
		.reversed();

	private final Consumer<Decision> decisions;

	private final List<Candidate> group = new ArrayList<>();

	DuplicateGroups(Consumer<Decision> decisions) {
		this.decisions = decisions;
	}

	void accept(Candidate row) {
		if (!group.isEmpty() && !Objects.equals(group.get(0).filing(), row.filing())) {
			decide();
		}
		group.add(row);
	}

	/** Decides the last group; call once every row has been accepted. */
	void finish() {
		decide();
	}

	private void decide() {
		if (group.size() > 1) {
			group.sort(NEWEST_FIRST);
			Candidate winner = group.get(0);
			boolean winnerConflicts = false;
			for (Candidate row : group.subList(1, group.size())) {
				if (sameCompany(winner, row)) {
					decisions.accept(new Decision(row.location(), winner.location(), true));
				}
				else {
					decisions.accept(new Decision(row.location(), winner.location(), false));
					if (!winnerConflicts) {
						decisions.accept(new Decision(winner.location(), row.location(), false));
						winnerConflicts = true;
					}
				}
			}
		}
		group.clear();
	}

	private static boolean sameCompany(Candidate a, Candidate b) {
		return a.credit() != null && b.credit() != null ? a.credit().equals(b.credit()) : a.company().equals(b.company());
	}

}
