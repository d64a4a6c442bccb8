package com.filingaudit.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a finding is reminded. A finding with its deadline ahead (Expiring) is reminded on the first run at which the
 * days left are at or below a tier (45, 30, 15, 7, 1 days by default) not yet reminded; one reminder covers every tier
 * crossed since the last, and is sent at the nearest of them (first seen 12 days out: one reminder, at 15). A finding
 * of a Risky or Lapsed filing is reminded at once, tier {@link #AT_ONCE}. Each tier is reminded once per deadline: a
 * renewed filing (a new deadline) starts afresh.
 */
public final class ReminderTiers {

	/** The tier of a reminder sent at once: the filing is already Risky or Lapsed. */
	public static final int AT_ONCE = 0;

	private final SortedSet<Integer> tiers;

	/** @param days the tiers, in days before the deadline; each at least 1 */
	public ReminderTiers(List<Integer> days) {
		if (days.isEmpty() || days.stream().anyMatch(d -> d == null || d < 1)) {
			throw new IllegalArgumentException("reminder tiers are whole days of at least 1, e.g. 45,30,15,7,1");
		}
		this.tiers = new TreeSet<>(days);
	}

	/**
	 * A reminder due for a finding as of a day.
	 *
	 * @param tier the tier it is sent at
	 * @param reached every tier it covers, to be recorded as reminded
	 */
	public record Due(int tier, SortedSet<Integer> reached) {
	}

	/**
	 * The reminder due for a finding as of {@code asOf}, given the tiers already reminded for its deadline; empty
	 * when none is due (not yet at a tier, every crossed tier reminded, or a finding of no group).
	 */
	public Optional<Due> due(Finding finding, LocalDate asOf, Set<Integer> reminded) {
		Group group = finding.group();
		if (group == null || group == Group.OK) {
			return Optional.empty();
		}
		if (group != Group.EXPIRING) {
			return reminded.contains(AT_ONCE) ? Optional.empty()
					: Optional.of(new Due(AT_ONCE, new TreeSet<>(Set.of(AT_ONCE))));
		}
		long daysLeft = ChronoUnit.DAYS.between(asOf, finding.deadline());
		SortedSet<Integer> crossed = new TreeSet<>(tiers.tailSet((int) Math.max(Math.min(daysLeft, Integer.MAX_VALUE), 0)));
		crossed.removeAll(reminded);
		if (crossed.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Due(crossed.first(), crossed));
	}

	/** The day that stands for a finding's occasion when a finding has none of its own (a status, a bad number). */
	public static final LocalDate NO_DATE = LocalDate.of(1900, 1, 1);

	/**
	 * What a finding's tiers are counted for: the deadline of an Expiring finding (a renewal with a new deadline starts
	 * afresh); for a Risky or Lapsed one, the date its rule measured from, since its deadline may be "today" on every
	 * run (a cancelled status is to be handled at once, each day), and it is reminded once.
	 */
	public static LocalDate occasion(Finding finding) {
		if (finding.group() == Group.EXPIRING) {
			return finding.deadline();
		}
		return finding.reference() != null ? finding.reference() : NO_DATE;
	}

	public SortedSet<Integer> days() {
		return tiers;
	}

}
