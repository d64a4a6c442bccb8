package com.filingaudit.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rules that keep a filing alive, applied to one filing as of one day. A pure function: the same filing,
 * catalog, calendar and date always give the same findings.
 */
public final class Rules {

	/** How far an expiry may stand from issue + term before the record looks wrong (a month's slack). */
	static final int VALIDITY_SLACK_DAYS = 31;

	/** How long before an annual report's due date the analyst hears of it. */
	static final int ANNUAL_REPORT_NOTICE_DAYS = 60;

	private final WorkingCalendar calendar;

	public Rules(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	public Assessment assess(Filing filing, LocalDate asOf) {
		LocalDate writtenExpiry = filing.noExpiry() ? null : filing.expiryDate();
		LocalDate expiry = writtenExpiry != null ? writtenExpiry : derivedExpiry(filing);
		List<Finding> findings = new ArrayList<>();
		status(filing, asOf, expiry, findings);
		register(filing, asOf, writtenExpiry, findings);
		if (expiry != null) {
			expiry(filing, asOf, expiry, findings);
		}
		inspection(filing, asOf, findings);
		annualReport(filing, asOf, findings);
		change(filing, asOf, findings);
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

	/**
	 * The status column, or a remark, that states the filing is cancelled (注销, 撤销, 吊销; in the status column also
	 * 失效, 过期) or suspended (暂停, 中止); a remark that records a rename (更名, 原主体名称…变更为…) asks for every
	 * licence of the company to carry the new name. Only what the text states counts, never what it denies
	 * ({@code 未注销}, {@code 无吊销记录}): see {@link Statements}.
	 */
	private static void status(Filing filing, LocalDate asOf, @Nullable LocalDate expiry, List<Finding> findings) {
		String remarks = filing.remarks();
		if (Statements.states(filing.status(), Statements.CANCELLED_STATUS)
				|| Statements.states(remarks, Statements.CANCELLATION)) {
			findings.add(new Finding(FindingCode.STATUS_CANCELLED, asOf, expiry));
		}
		else if (Statements.states(filing.status(), Statements.SUSPENSION)) {
			findings.add(new Finding(FindingCode.STATUS_SUSPENDED, asOf, expiry));
		}
		else if (filing.status() != null && !filing.status().isBlank() && !Statements.inForce(filing.status())) {
			findings.add(new Finding(FindingCode.STATUS_UNKNOWN, asOf, null));
		}
		if (Statements.states(remarks, Statements.RENAME)
				|| (Statements.states(remarks, Statements.CHANGED_TO) && remarks.contains("原"))) {
			findings.add(new Finding(FindingCode.ENTITY_RENAMED, asOf, null));
		}
	}

	/**
	 * Whether the register describes a filing the authority can hold: a credit code that passes GB 32100, a number
	 * in the type's format, an expiry that fits the statutory term, a shareholding the type allows.
	 */
	private void register(Filing filing, LocalDate asOf, @Nullable LocalDate writtenExpiry, List<Finding> findings) {
		FilingType type = filing.type();
		if (filing.typeInferred()) {
			findings.add(new Finding(FindingCode.TYPE_INFERRED, asOf, null));
		}
		if (filing.severalBusinesses()) {
			findings.add(new Finding(FindingCode.SEVERAL_BUSINESSES, asOf, null));
		}
		if (filing.creditCode() != null) {
			CreditCodes.Check check = CreditCodes.check(filing.creditCode());
			if (check.kind() == CreditCodes.Check.Kind.LEGACY) {
				findings.add(new Finding(FindingCode.LEGACY_CREDIT_CODE, asOf, null));
			}
			else if (check.kind() != CreditCodes.Check.Kind.VALID) {
				findings.add(new Finding(FindingCode.INVALID_CREDIT_CODE, asOf, null));
			}
		}
		if (filing.filingNo() != null && !type.numberFits(filing.filingNo())) {
			findings.add(new Finding(FindingCode.INVALID_FILING_NO, asOf, null));
		}
		if (writtenExpiry != null && filing.issueDate() != null && type.validity() != null) {
			LocalDate statutory = type.validity().lastDayFrom(filing.issueDate(), calendar);
			if (Math.abs(ChronoUnit.DAYS.between(statutory, writtenExpiry)) > VALIDITY_SLACK_DAYS) {
				findings.add(new Finding(FindingCode.VALIDITY_MISMATCH, asOf, statutory));
			}
		}
		Integer max = type.foreignOwnershipMax();
		if (max != null && filing.foreignOwnership() != null && filing.foreignOwnership() > max) {
			findings.add(new Finding(FindingCode.FOREIGN_OWNERSHIP_BARRED, asOf, null));
		}
	}

	/**
	 * The renewal must be filed by expiry − lead. Past its last valid day a filing has lapsed, unless a renewal filed
	 * by that deadline keeps it alive until the authority decides (行政许可法 Art. 50). Before expiry: a renewal filed
	 * late is at risk; with none filed, past the deadline it is overdue, within the reminder horizon due; one filed in
	 * time is followed up until the new certificate arrives.
	 */
	private void expiry(Filing filing, LocalDate asOf, LocalDate expiry, List<Finding> findings) {
		FilingType type = filing.type();
		LocalDate deadline = type.hasRenewalRule() ? type.renewalLead().before(expiry, calendar) : null;
		LocalDate submitted = filing.renewalSubmitted();
		boolean submittedInTime = submitted != null && deadline != null && !submitted.isAfter(deadline);
		if (expiry.isBefore(asOf)) {
			findings.add(submittedInTime ? new Finding(FindingCode.RENEWAL_PENDING_DECISION, asOf, expiry)
					: new Finding(FindingCode.EXPIRED, expiry, expiry));
			return;
		}
		if (deadline == null) {
			return;
		}
		boolean withinHorizon = !asOf.isBefore(type.reminderHorizon().before(expiry, calendar));
		if (submitted != null && !submittedInTime) {
			findings.add(new Finding(FindingCode.RENEWAL_LATE, expiry, deadline));
		}
		else if (submitted != null) {
			if (withinHorizon) {
				findings.add(new Finding(FindingCode.RENEWAL_SUBMITTED, deadline, expiry));
			}
		}
		else if (asOf.isAfter(deadline)) {
			findings.add(new Finding(FindingCode.RENEWAL_OVERDUE, deadline, expiry));
		}
		else if (withinHorizon) {
			findings.add(new Finding(FindingCode.RENEWAL_DUE, deadline, expiry));
		}
	}

	/**
	 * An inspection falls due one cadence after the last one (or after issue). Within {@code prepare} before the due
	 * date it is due; past the due date it is overdue for the grace period, and lapsed after it. Graded types
	 * (等保) take the cadence of the filing's protection level; without a level, or without a date to count from at a
	 * level that is assessed, nobody knows whether the filing is compliant.
	 */
	private void inspection(Filing filing, LocalDate asOf, List<Finding> findings) {
		FilingType type = filing.type();
		Inspection inspection = type.inspection();
		LocalDate base = filing.lastInspection() != null ? filing.lastInspection() : filing.issueDate();
		if (type.gradedByLevel()) {
			if (filing.protectionLevel() == null) {
				findings.add(new Finding(FindingCode.ASSESSMENT_UNKNOWN, asOf, null));
				return;
			}
			inspection = type.gradedInspections().get(filing.protectionLevel());
			if (inspection != null && base == null) {
				findings.add(new Finding(FindingCode.ASSESSMENT_UNKNOWN, asOf, null));
				return;
			}
		}
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

	/**
	 * The report on year Y−1 is due on Y's due date and counts as filed when the last annual report is dated on or
	 * after Y's opening date; filings issued on or after that opening date owe none. Two reports matter on any day:
	 * the last one that fell due, overdue until it is filed, and the next one, due within
	 * {@value #ANNUAL_REPORT_NOTICE_DAYS} days of its due date. Checked only where the register tracks annual reports.
	 */
	private static void annualReport(Filing filing, LocalDate asOf, List<Finding> findings) {
		AnnualReport report = filing.type().annualReport();
		if (report == null || !filing.annualReportsTracked()) {
			return;
		}
		int nextYear = asOf.isAfter(report.dueIn(asOf.getYear())) ? asOf.getYear() + 1 : asOf.getYear();
		int lastYear = nextYear - 1;
		if (owedAndUnfiled(filing, report, lastYear)) {
			findings.add(new Finding(FindingCode.ANNUAL_REPORT_OVERDUE, report.dueIn(lastYear), report.opensIn(lastYear)));
		}
		LocalDate due = report.dueIn(nextYear);
		if (owedAndUnfiled(filing, report, nextYear) && !asOf.isBefore(due.minusDays(ANNUAL_REPORT_NOTICE_DAYS))) {
			findings.add(new Finding(FindingCode.ANNUAL_REPORT_DUE, due, report.opensIn(nextYear)));
		}
	}

	private static boolean owedAndUnfiled(Filing filing, AnnualReport report, int year) {
		LocalDate opens = report.opensIn(year);
		boolean owed = filing.issueDate() == null || filing.issueDate().isBefore(opens);
		boolean filed = filing.lastAnnualReport() != null && !filing.lastAnnualReport().isBefore(opens);
		return owed && !filed;
	}

	/**
	 * A change of company registration must be filed within the type's deadline (counted after the change, in
	 * working days where the rule says so). A filing of the change on or after its date settles it.
	 */
	private void change(Filing filing, LocalDate asOf, List<Finding> findings) {
		LocalDate changed = filing.changeDate();
		Term deadline = filing.type().changeDeadline();
		if (changed == null || deadline == null) {
			return;
		}
		if (filing.changeFiled() != null && !filing.changeFiled().isBefore(changed)) {
			return;
		}
		LocalDate due = deadline.after(changed, calendar);
		findings.add(new Finding(asOf.isAfter(due) ? FindingCode.CHANGE_NOT_FILED : FindingCode.CHANGE_FILING_DUE,
				due, changed));
	}

}
