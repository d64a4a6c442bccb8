package com.filingaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The renewal and inspection rules, applied to one filing as of one day. A pure function: the same filing, catalog
 * and date always give the same findings.
 */
public final class Rules {

	/** Register statuses meaning the filing is gone (注销, 吊销, 撤销, 失效, 过期). */
	static final Set<String> CANCELLED = Set.of("注销", "已注销", "吊销", "已吊销", "撤销", "已撤销", "失效", "已失效", "过期",
			"已过期", "cancelled", "canceled", "revoked", "expired", "lapsed");

	/** Register statuses meaning the filing is suspended (暂停, 中止). */
	static final Set<String> SUSPENDED = Set.of("暂停", "已暂停", "中止", "暂停服务", "suspended");

	private final WorkingCalendar calendar;

	public Rules(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	public Assessment assess(Filing filing, LocalDate asOf) {
		LocalDate writtenExpiry = filing.noExpiry() ? null : filing.expiryDate();
		LocalDate expiry = writtenExpiry != null ? writtenExpiry : derivedExpiry(filing);
		List<Finding> findings = new ArrayList<>();
		status(filing, asOf, expiry, findings);
		if (expiry != null) {
			expiry(filing, asOf, expiry, findings);
		}
		inspection(filing, asOf, findings);
		return new Assessment(filing, asOf, expiry, writtenExpiry == null && expiry != null, findings);
	}

	/**
	 * With no expiry in the row, a type with a statutory validity expires validity after issue (E is the last valid
	 * day). A row marked 长期 never expires, whatever the type's usual term.
	 */
	private @Nullable LocalDate derivedExpiry(Filing filing) {
		Term validity = filing.type().validity();
		if (filing.noExpiry() || validity == null || filing.issueDate() == null) {
			return null;
		}
		return validity.lastDayFrom(filing.issueDate(), calendar);
	}

	private static void status(Filing filing, LocalDate asOf, @Nullable LocalDate expiry, List<Finding> findings) {
		if (filing.status() == null) {
			return;
		}
		String status = Text.key(filing.status());
		if (CANCELLED.contains(status)) {
			findings.add(new Finding(FindingCode.STATUS_CANCELLED, asOf, expiry));
		}
		else if (SUSPENDED.contains(status)) {
			findings.add(new Finding(FindingCode.STATUS_SUSPENDED, asOf, expiry));
		}
	}

	/**
	 * Past its last valid day a filing has lapsed. Before that, once the renewal deadline (expiry − lead) has passed
	 * with nothing filed the renewal is overdue; within the reminder horizon it is due; a filed renewal is followed
	 * up until the new certificate arrives.
	 */
	private void expiry(Filing filing, LocalDate asOf, LocalDate expiry, List<Finding> findings) {
		if (expiry.isBefore(asOf)) {
			findings.add(new Finding(FindingCode.EXPIRED, expiry, expiry));
			return;
		}
		FilingType type = filing.type();
		if (!type.hasRenewalRule()) {
			return;
		}
		LocalDate renewalDeadline = type.renewalLead().before(expiry, calendar);
		boolean withinHorizon = !asOf.isBefore(type.reminderHorizon().before(expiry, calendar));
		if (filing.renewalSubmitted() != null) {
			if (withinHorizon) {
				findings.add(new Finding(FindingCode.RENEWAL_SUBMITTED, renewalDeadline, expiry));
			}
		}
		else if (asOf.isAfter(renewalDeadline)) {
			findings.add(new Finding(FindingCode.RENEWAL_OVERDUE, renewalDeadline, expiry));
		}
		else if (withinHorizon) {
			findings.add(new Finding(FindingCode.RENEWAL_DUE, renewalDeadline, expiry));
		}
	}

	/**
	 * An inspection falls due one cadence after the last one (or after issue). Within {@code prepare} before the due
	 * date it is due; past the due date it is overdue for the grace period, and lapsed after it.
	 */
	private void inspection(Filing filing, LocalDate asOf, List<Finding> findings) {
		Inspection inspection = filing.type().inspection();
		LocalDate base = filing.lastInspection() != null ? filing.lastInspection() : filing.issueDate();
		if (inspection == null || base == null) {
			return;
		}
		LocalDate due = inspection.cadence().after(base, calendar);
		LocalDate graceEnds = inspection.grace().after(due, calendar);
		if (asOf.isAfter(graceEnds)) {
			findings.add(new Finding(FindingCode.INSPECTION_LAPSED, graceEnds, due));
		}
		else if (asOf.isAfter(due)) {
			findings.add(new Finding(FindingCode.INSPECTION_OVERDUE, graceEnds, due));
		}
		else if (!asOf.isBefore(inspection.prepare().before(due, calendar))) {
			findings.add(new Finding(FindingCode.INSPECTION_DUE, due, due));
		}
	}

}
