package com.filingaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.filingaudit.rules.Group;
import com.filingaudit.store.StagedFiling;

/**
 * What the Summary points at, gathered while the group sheets are written: the most urgent filings and those that
 * entered a group since the previous run, each with the place of its row.
 */
final class Dashboard {

	static final int MOST_URGENT = 10;

	static final int CHANGES_LISTED = 100;

	/** A filing and where its row stands. */
	record Entry(StagedFiling filing, Group group, String sheet, int row) {
	}

	private final List<Entry> urgent = new ArrayList<>();

	private final Map<Group, List<Entry>> entered = new EnumMap<>(Group.class);

	private final Map<Group, Integer> enteredCounts = new EnumMap<>(Group.class);

	void seen(Entry entry, int rankInGroup, boolean enteredGroup) {
		if (rankInGroup < MOST_URGENT) {
			urgent.add(entry);
		}
		if (enteredGroup) {
			enteredCounts.merge(entry.group(), 1, Integer::sum);
			List<Entry> list = entered.computeIfAbsent(entry.group(), g -> new ArrayList<>());
			if (list.size() < CHANGES_LISTED) {
				list.add(entry);
			}
		}
	}

	/** The ten filings with the earliest deadlines; at equal deadlines the more severe group first. */
	List<Entry> mostUrgent() {
		return urgent.stream()
			.sorted(Comparator.comparing((Entry e) -> e.filing().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Entry::group))
			.limit(MOST_URGENT)
			.toList();
	}

	List<Entry> entered(Group group) {
		return entered.getOrDefault(group, List.of());
	}

	int enteredCount(Group group) {
		return enteredCounts.getOrDefault(group, 0);
	}

}
