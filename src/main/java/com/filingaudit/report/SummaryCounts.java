package com.filingaudit.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Group;
import com.filingaudit.store.AuditStore;
import com.filingaudit.store.GroupCounts;

/**
 * What the Summaries count, for the whole run and for each owner, gathered from one pass over the run's tallies: the
 * filings per group and the cross-tables by type, owner and region.
 */
final class SummaryCounts {

	/** The columns a cross-table is drawn by, in the order the Summary shows them. */
	enum Dimension {

		TYPE, OWNER, REGION

	}

	/** One line of a cross-table: the value and its filings per group, in {@link Group} order. */
	record CrossTab(String key, int[] perGroup) {

		int total() {
			return Arrays.stream(perGroup).sum();
		}

	}

	private final Counts all = new Counts();

	private final Map<String, Counts> owners = new HashMap<>();

	private final Set<@Nullable String> ownerNames = new HashSet<>();

	private final int rejected;

	SummaryCounts(AuditStore store, long instanceId) {
		store.forEachTally(instanceId, tally -> {
			all.add(tally);
			owners.computeIfAbsent(key(tally.owner()), k -> new Counts()).add(tally);
			ownerNames.add(tally.owner());
		});
		this.rejected = store.countRejected(instanceId);
	}

	/** The owners of the run's filings, as {@link AuditStore#owners} lists them, without reading the run again. */
	List<@Nullable String> owners() {
		return ownerNames.stream().sorted(AuditStore.OWNER_ORDER).toList();
	}

	/** Rejected rows belong to no owner: an owner's Summary counts none. */
	GroupCounts counts(AuditStore.Scope scope) {
		Counts counts = of(scope);
		return new GroupCounts(counts.groups[Group.LAPSED.ordinal()], counts.groups[Group.RISKY.ordinal()],
				counts.groups[Group.EXPIRING.ordinal()], counts.groups[Group.OK.ordinal()],
				scope.everyone() ? rejected : 0);
	}

	/** The largest lines first, then by name; no value is the empty key. */
	List<CrossTab> crossTab(Dimension by, int limit, AuditStore.Scope scope) {
		return of(scope).tables.get(by)
			.entrySet()
			.stream()
			.map(e -> new CrossTab(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingInt(CrossTab::total).reversed().thenComparing(CrossTab::key))
			.limit(limit)
			.toList();
	}

	private Counts of(AuditStore.Scope scope) {
		return scope.everyone() ? all : owners.getOrDefault(key(scope.owner()), new Counts());
	}

	private static String key(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** One scope's counts. */
	private static final class Counts {

		private final int[] groups = new int[Group.values().length];

		private final Map<Dimension, Map<String, int[]>> tables = new EnumMap<>(Dimension.class);

		Counts() {
			for (Dimension by : Dimension.values()) {
				tables.put(by, new HashMap<>());
			}
		}

		void add(AuditStore.Tally tally) {
			groups[tally.group().ordinal()] += tally.count();
			add(Dimension.TYPE, tally.type(), tally);
			add(Dimension.OWNER, tally.owner(), tally);
			add(Dimension.REGION, tally.region(), tally);
		}

		private void add(Dimension by, @Nullable String value, AuditStore.Tally tally) {
			tables.get(by).computeIfAbsent(key(value), k -> new int[Group.values().length])[tally.group().ordinal()] +=
					tally.count();
		}

	}

}
