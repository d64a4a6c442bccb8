package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesTest {

	private static final Map<String, FilingType> TYPES = Map.of(
			"CULTURE", type("NET_CULTURE_LICENSE", Term.years(3), Term.days(30), Term.days(45), null),
			"GENAI", type("GENAI_FILING", null, Term.days(30), Term.days(45),
					new Inspection(Term.months(12), Term.days(30), Term.days(60))),
			"RELICS", type("RELICS_AUCTION_LICENSE", null, Term.days(30), Term.days(45),
					new Inspection(Term.months(24), Term.days(0), Term.days(60))),
			"DEVICE", type("MEDICAL_DEVICE_LICENSE", Term.years(5), Term.workingDays(30), Term.workingDays(90), null),
			"GAME", type("GAME_APPROVAL", null, null, null, null),
			"ONE_YEAR", type("ONE_YEAR", Term.years(1), Term.days(30), Term.days(45), null));

	private final Rules rules = new Rules(Calendars.china());

	@ParameterizedTest(name = "{0}: expiry {2}, renewal {3}, as of {6} -> {7}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# type   | issue      | expiry     | renewal    | inspected  | status | as of      | findings           | group    | deadline
			CULTURE  | -          | 2026-12-31 | -          | -          | -      | 2026-11-15 | -                  | OK       | -
			CULTURE  | -          | 2026-12-31 | -          | -          | -      | 2026-11-16 | RENEWAL_DUE        | EXPIRING | 2026-12-01
			CULTURE  | -          | 2026-12-31 | -          | -          | -      | 2026-12-01 | RENEWAL_DUE        | EXPIRING | 2026-12-01
			CULTURE  | -          | 2026-12-31 | -          | -          | -      | 2026-12-02 | RENEWAL_OVERDUE    | RISKY    | 2026-12-01
			CULTURE  | -          | 2026-12-31 | -          | -          | -      | 2026-12-31 | RENEWAL_OVERDUE    | RISKY    | 2026-12-01
			CULTURE  | -          | 2026-12-31 | -          | -          | -      | 2027-01-01 | EXPIRED            | LAPSED   | 2026-12-31
			CULTURE  | -          | 2026-12-31 | 2026-11-01 | -          | -      | 2026-11-15 | -                  | OK       | -
			CULTURE  | -          | 2026-12-31 | 2026-11-01 | -          | -      | 2026-11-16 | RENEWAL_SUBMITTED  | EXPIRING | 2026-12-01
			CULTURE  | -          | 2026-12-31 | 2026-11-01 | -          | -      | 2026-12-31 | RENEWAL_SUBMITTED  | EXPIRING | 2026-12-01
			CULTURE  | -          | 2026-12-31 | 2026-11-01 | -          | -      | 2027-01-01 | RENEWAL_PENDING_DECISION | RISKY | 2027-01-01
			CULTURE  | 2023-11-23 | -          | -          | -          | -      | 2026-11-22 | RENEWAL_OVERDUE    | RISKY    | 2026-10-23
			CULTURE  | 2023-11-23 | -          | -          | -          | -      | 2026-11-23 | EXPIRED            | LAPSED   | 2026-11-22
			CULTURE  | 2023-11-23 | 长期        | -          | -          | -      | 2030-01-01 | -                  | OK       | -
			CULTURE  | -          | -          | -          | -          | -      | 2030-01-01 | -                  | OK       | -
			CULTURE  | -          | 2026-12-31 | -          | -          | 已注销  | 2026-06-01 | STATUS_CANCELLED   | LAPSED   | 2026-06-01
			CULTURE  | -          | 2026-12-31 | -          | -          | Revoked| 2026-06-01 | STATUS_CANCELLED   | LAPSED   | 2026-06-01
			CULTURE  | -          | 2026-12-31 | -          | -          | 已过期  | 2026-06-01 | STATUS_CANCELLED   | LAPSED   | 2026-06-01
			CULTURE  | -          | 2026-12-31 | -          | -          | 暂停    | 2026-06-01 | STATUS_SUSPENDED   | RISKY    | 2026-06-01
			CULTURE  | -          | 2026-12-31 | -          | -          | 暂停    | 2026-12-10 | STATUS_SUSPENDED,RENEWAL_OVERDUE | RISKY | 2026-12-01
			CULTURE  | -          | 2026-12-31 | -          | -          | 正常    | 2026-06-01 | -                  | OK       | -
			GENAI    | 2025-01-10 | -          | -          | 2025-06-30 | -      | 2026-04-30 | -                  | OK       | -
			GENAI    | 2025-01-10 | -          | -          | 2025-06-30 | -      | 2026-05-01 | INSPECTION_DUE     | EXPIRING | 2026-06-30
			GENAI    | 2025-01-10 | -          | -          | 2025-06-30 | -      | 2026-06-30 | INSPECTION_DUE     | EXPIRING | 2026-06-30
			GENAI    | 2025-01-10 | -          | -          | 2025-06-30 | -      | 2026-07-01 | INSPECTION_OVERDUE | RISKY    | 2026-07-30
			GENAI    | 2025-01-10 | -          | -          | 2025-06-30 | -      | 2026-07-30 | INSPECTION_OVERDUE | RISKY    | 2026-07-30
			GENAI    | 2025-01-10 | -          | -          | 2025-06-30 | -      | 2026-07-31 | INSPECTION_LAPSED  | LAPSED   | 2026-07-30
			GENAI    | 2025-08-15 | -          | -          | -          | -      | 2026-08-15 | INSPECTION_DUE     | EXPIRING | 2026-08-15
			GENAI    | 2025-08-15 | -          | -          | -          | -      | 2026-08-16 | INSPECTION_OVERDUE | RISKY    | 2026-09-14
			GENAI    | -          | -          | -          | -          | -      | 2026-08-16 | -                  | OK       | -
			RELICS   | 2014-11-20 | -          | -          | 2024-11-20 | -      | 2026-09-20 | -                  | OK       | -
			RELICS   | 2014-11-20 | -          | -          | 2024-11-20 | -      | 2026-09-21 | INSPECTION_DUE     | EXPIRING | 2026-11-20
			RELICS   | 2014-11-20 | -          | -          | 2024-11-20 | -      | 2026-11-20 | INSPECTION_DUE     | EXPIRING | 2026-11-20
			RELICS   | 2014-11-20 | -          | -          | 2024-11-20 | -      | 2026-11-21 | INSPECTION_LAPSED  | LAPSED   | 2026-11-20
			DEVICE   | 2021-05-01 | 2026-04-30 | -          | -          | -      | 2025-12-16 | -                  | OK       | -
			DEVICE   | 2021-05-01 | 2026-04-30 | -          | -          | -      | 2025-12-17 | RENEWAL_DUE        | EXPIRING | 2026-03-18
			DEVICE   | 2021-05-01 | 2026-04-30 | -          | -          | -      | 2026-03-18 | RENEWAL_DUE        | EXPIRING | 2026-03-18
			DEVICE   | 2021-05-01 | 2026-04-30 | -          | -          | -      | 2026-03-19 | RENEWAL_OVERDUE    | RISKY    | 2026-03-18
			GAME     | 2024-09-30 | -          | -          | -          | -      | 2099-01-01 | -                  | OK       | -
			GAME     | 2024-09-30 | 2026-06-30 | -          | -          | -      | 2026-06-30 | -                  | OK       | -
			GAME     | 2024-09-30 | 2026-06-30 | -          | -          | -      | 2026-07-01 | EXPIRED            | LAPSED   | 2026-06-30
			""")
	void findsWhatTheRulesSay(String type, LocalDate issue, String expiry, LocalDate renewal, LocalDate inspected,
			String status, LocalDate asOf, String findings, Group group, LocalDate deadline) {
		Assessment assessment = rules.assess(filing(TYPES.get(type), issue, expiry, renewal, inspected, status), asOf);

		List<String> expected = findings == null ? List.of() : Arrays.asList(findings.split(","));
		assertThat(assessment.findings()).map(f -> f.code().name()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(assessment.group()).isEqualTo(group);
		assertThat(assessment.deadline()).isEqualTo(deadline);
	}

	@ParameterizedTest(name = "issued {1} for {0} -> last valid day {2}")
	@CsvSource(delimiter = '|', textBlock = """
			CULTURE  | 2023-11-23 | 2026-11-22
			CULTURE  | 2024-02-29 | 2027-02-28
			ONE_YEAR | 2024-02-29 | 2025-02-28
			ONE_YEAR | 2023-03-01 | 2024-02-29
			ONE_YEAR | 2024-03-01 | 2025-02-28
			ONE_YEAR | 2024-01-01 | 2024-12-31
			DEVICE   | 2024-02-29 | 2029-02-28
			DEVICE   | 2022-02-15 | 2027-02-14
			""")
	void derivesExpiryFromIssueDateAndStatutoryTerm(String type, LocalDate issue, LocalDate expiry) {
		Assessment assessment = rules.assess(filing(TYPES.get(type), issue, null, null, null, null),
				LocalDate.of(2020, 1, 1));

		assertThat(assessment.expiry()).isEqualTo(expiry);
		assertThat(assessment.expiryDerived()).isTrue();
	}

	@Test
	void expiryWrittenInTheRowWinsOverTheStatutoryTerm() {
		Assessment assessment = rules.assess(filing(TYPES.get("CULTURE"), LocalDate.of(2023, 11, 23), "2025-06-30",
				null, null, null), LocalDate.of(2025, 7, 1));

		assertThat(assessment.expiry()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(assessment.expiryDerived()).isFalse();
		assertThat(assessment.daysLeft()).isEqualTo(-1);
		assertThat(assessment.group()).isEqualTo(Group.LAPSED);
	}

	@Test
	void aLapsedFilingIsNotAlsoReportedAsDueForRenewal() {
		Assessment assessment = rules.assess(filing(TYPES.get("CULTURE"), null, "2026-12-31", null, null, "已吊销"),
				LocalDate.of(2026, 12, 10));

		assertThat(assessment.group()).isEqualTo(Group.LAPSED);
		assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(assessment.findings()).map(Finding::code)
			.containsExactlyInAnyOrder(FindingCode.STATUS_CANCELLED, FindingCode.RENEWAL_OVERDUE);
	}

	private static Filing filing(FilingType type, LocalDate issue, String expiry, LocalDate renewal,
			LocalDate inspected, String status) {
		boolean noExpiry = "长期".equals(expiry);
		LocalDate expiryDate = expiry == null || noExpiry ? null : LocalDate.parse(expiry);
		return new Filing("测试科技有限公司", null, type, "X-1", issue, expiryDate, noExpiry, inspected, renewal, status,
				null, null, false, null, null, null, null, null, null, false, null, false);
	}

	private static FilingType type(String code, Term validity, Term lead, Term horizon, Inspection inspection) {
		return new FilingType(code, code, code, List.of(), validity, lead, horizon, inspection, List.of());
	}

}
