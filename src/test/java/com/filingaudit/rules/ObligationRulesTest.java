package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renewals in flight, annual reports, graded assessments and change filings, on the 2025–2026 calendar. */
class ObligationRulesTest {

	private static final Inspection YEARLY = new Inspection(Term.months(12), Term.days(30), Term.days(60));

	private static final Map<String, FilingType> TYPES = Map.of(
			"DEVICE", type("MEDICAL_DEVICE_LICENSE", Term.years(5), Term.workingDays(30), Term.workingDays(90), Map.of(),
					report(), Term.days(30)),
			"ICP", type("ICP_LICENSE", null, Term.days(90), Term.days(105), Map.of(), report(), Term.days(30)),
			"ALGO", type("ALGORITHM_FILING", null, Term.days(30), Term.days(45), Map.of(), null, Term.workingDays(10)),
			"MLPS", type("MLPS_FILING", null, null, null,
					Map.of(3, YEARLY, 4, new Inspection(Term.months(6), Term.days(30), Term.days(60))), null,
					Term.days(30)));

	private final Rules rules = new Rules(Calendars.china());

	@ParameterizedTest(name = "{0}: {1} -> {9}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# type | case                                   | expiry     | renewal    | report     | level | inspected  | change     | change filed | as of     | findings                 | group    | deadline
			DEVICE | renewal filed on the deadline, expired | 2026-04-30 | 2026-03-18 | 2026-01-10 | -     | -          | -          | -          | 2026-05-06 | RENEWAL_PENDING_DECISION | RISKY    | 2026-05-06
			DEVICE | renewal filed a day late, expired      | 2026-04-30 | 2026-03-19 | 2026-01-10 | -     | -          | -          | -          | 2026-05-06 | EXPIRED                  | LAPSED   | 2026-04-30
			DEVICE | renewal filed a day late, not expired  | 2026-04-30 | 2026-03-19 | 2026-01-10 | -     | -          | -          | -          | 2026-04-30 | RENEWAL_LATE             | RISKY    | 2026-04-30
			DEVICE | renewal filed in time, not expired     | 2026-04-30 | 2026-03-18 | 2026-01-10 | -     | -          | -          | -          | 2026-04-30 | RENEWAL_SUBMITTED        | EXPIRING | 2026-03-18
			ICP    | report filed this year                 | 2030-01-01 | -          | 2026-01-01 | -     | -          | -          | -          | 2026-04-01 | -                        | OK       | -
			ICP    | 61 days before due, filed last year    | 2030-01-01 | -          | 2025-12-31 | -     | -          | -          | -          | 2026-01-29 | -                        | OK       | -
			ICP    | 60 days before due, filed last year    | 2030-01-01 | -          | 2025-12-31 | -     | -          | -          | -          | 2026-01-30 | ANNUAL_REPORT_DUE        | EXPIRING | 2026-03-31
			ICP    | 59 days before due, not filed          | 2030-01-01 | -          | 2025-03-01 | -     | -          | -          | -          | 2026-01-31 | ANNUAL_REPORT_DUE        | EXPIRING | 2026-03-31
			ICP    | due day, last year's filed             | 2030-01-01 | -          | 2025-02-01 | -     | -          | -          | -          | 2026-03-31 | ANNUAL_REPORT_DUE        | EXPIRING | 2026-03-31
			ICP    | due day, last year's missing too       | 2030-01-01 | -          | -          | -     | -          | -          | -          | 2026-03-31 | ANNUAL_REPORT_OVERDUE,ANNUAL_REPORT_DUE | RISKY | 2025-03-31
			ICP    | last year's missing, next not yet due  | 2030-01-01 | -          | 2024-02-01 | -     | -          | -          | -          | 2026-01-10 | ANNUAL_REPORT_OVERDUE    | RISKY    | 2025-03-31
			ICP    | a day after due, not filed             | 2030-01-01 | -          | 2025-02-01 | -     | -          | -          | -          | 2026-04-01 | ANNUAL_REPORT_OVERDUE    | RISKY    | 2026-03-31
			MLPS   | no level                               | -          | -          | -          | -     | 2026-01-01 | -          | -          | 2026-04-01 | ASSESSMENT_UNKNOWN       | RISKY    | 2026-04-01
			MLPS   | level 3, nothing to count from         | -          | -          | -          | 3     | -          | -          | -          | 2026-04-01 | ASSESSMENT_UNKNOWN       | RISKY    | 2026-04-01
			MLPS   | level 2 is not assessed here           | -          | -          | -          | 2     | -          | -          | -          | 2026-04-01 | -                        | OK       | -
			MLPS   | level 3, 61 days before yearly due     | -          | -          | -          | 3     | 2025-06-30 | -          | -          | 2026-04-30 | -                        | OK       | -
			MLPS   | level 3, 60 days before yearly due     | -          | -          | -          | 3     | 2025-06-30 | -          | -          | 2026-05-01 | INSPECTION_DUE           | EXPIRING | 2026-06-30
			MLPS   | level 3, day after grace               | -          | -          | -          | 3     | 2025-06-30 | -          | -          | 2026-07-31 | INSPECTION_LAPSED        | LAPSED   | 2026-07-30
			MLPS   | level 4, six-monthly, overdue          | -          | -          | -          | 4     | 2025-12-31 | -          | -          | 2026-07-01 | INSPECTION_OVERDUE       | RISKY    | 2026-07-30
			MLPS   | level 4, six-monthly, last day of grace | -         | -          | -          | 4     | 2025-12-31 | -          | -          | 2026-07-30 | INSPECTION_OVERDUE       | RISKY    | 2026-07-30
			ALGO   | 10 working days across the Festival    | 2099-01-01 | -          | -          | -     | -          | 2026-02-10 | -          | 2026-03-02 | CHANGE_FILING_DUE        | EXPIRING | 2026-03-02
			ALGO   | ...a day late                          | 2099-01-01 | -          | -          | -     | -          | 2026-02-10 | -          | 2026-03-03 | CHANGE_NOT_FILED         | RISKY    | 2026-03-02
			ALGO   | change across National Day             | 2099-01-01 | -          | -          | -     | -          | 2026-09-28 | -          | 2026-10-16 | CHANGE_FILING_DUE        | EXPIRING | 2026-10-16
			ALGO   | change filed after it happened         | 2099-01-01 | -          | -          | -     | -          | 2026-02-10 | 2026-02-12 | 2026-03-30 | -                        | OK       | -
			ALGO   | filing dated before the change         | 2099-01-01 | -          | -          | -     | -          | 2026-02-10 | 2026-01-05 | 2026-03-30 | CHANGE_NOT_FILED         | RISKY    | 2026-03-02
			ICP    | change 30 calendar days                | 2030-01-01 | -          | 2026-01-02 | -     | -          | 2026-05-01 | -          | 2026-05-31 | CHANGE_FILING_DUE        | EXPIRING | 2026-05-31
			ICP    | ...day 31                              | 2030-01-01 | -          | 2026-01-02 | -     | -          | 2026-05-01 | -          | 2026-06-01 | CHANGE_NOT_FILED         | RISKY    | 2026-05-31
			""")
	void findsWhatTheObligationsRequire(String type, String why, LocalDate expiry, LocalDate renewal,
			LocalDate report, Integer level, LocalDate inspected, LocalDate change, LocalDate changeFiled,
			LocalDate asOf, String findings, Group group, LocalDate deadline) {
		LocalDate issued = type.equals("MLPS") ? null : LocalDate.of(2021, 5, 1);
		Filing filing = new Filing("测试科技有限公司", null, TYPES.get(type), "X-1", issued, expiry, false,
				inspected, renewal, null, null, null, true, report, level, change, changeFiled, null, null, false, null, false);

		Assessment assessment = rules.assess(filing, asOf);

		List<String> expected = findings == null ? List.of() : Arrays.asList(findings.split(","));
		assertThat(assessment.findings()).as(why).map(f -> f.code().name()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(assessment.group()).as(why).isEqualTo(group);
		assertThat(assessment.deadline()).as(why).isEqualTo(deadline);
	}

	@ParameterizedTest(name = "issued {0}, as of {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2025-06-01 | 2026-02-15 | ANNUAL_REPORT_DUE
			2025-12-31 | 2026-04-01 | ANNUAL_REPORT_OVERDUE
			2026-01-01 | 2026-04-01 | -
			2026-01-01 | 2027-02-15 | ANNUAL_REPORT_DUE
			""")
	void aFilingIssuedAfterTheWindowOpenedOwesNoReportForThatYear(LocalDate issued, LocalDate asOf, String finding) {
		Filing filing = new Filing("测试科技有限公司", null, TYPES.get("ICP"), "X-1", issued, LocalDate.of(2031, 1, 1), false,
				null, null, null, null, null, true, null, null, null, null, null, null, false, null, false);

		assertThat(rules.assess(filing, asOf).findings()).map(f -> f.code().name())
			.containsExactlyElementsOf(finding == null ? List.of() : List.of(finding));
	}

	private static AnnualReport report() {
		return new AnnualReport(MonthDay.of(1, 1), MonthDay.of(3, 31));
	}

	private static FilingType type(String code, Term validity, Term lead, Term horizon, Map<Integer, Inspection> graded,
			AnnualReport report, Term change) {
		return new FilingType(code, code, code, List.of(), validity, lead, horizon, Bilingual.NONE, null, graded, report,
				change, Map.of(), List.of(), List.of(), null, List.of());
	}

}
