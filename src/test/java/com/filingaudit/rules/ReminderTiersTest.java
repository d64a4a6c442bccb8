package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderTiersTest {

	private static final ReminderTiers TIERS = new ReminderTiers(List.of(45, 30, 15, 7, 1));

	private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

	@ParameterizedTest(name = "{0} days left, reminded {1} -> tier {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			46 | -              | -
			45 | -              | 45
			44 | -              | 45
			44 | 45             | -
			31 | 45             | -
			30 | 45             | 30
			12 | -              | 15
			12 | 45 30 15       | -
			7  | 45 30 15       | 7
			3  | 45             | 7
			1  | 45 30 15 7     | 1
			0  | 45 30 15 7     | 1
			0  | 45 30 15 7 1   | -
			-5 | 45 30 15 7 1   | -
			""")
	void anExpiringFindingIsRemindedOnceAtTheNearestTierCrossedSinceTheLast(int daysLeft, String reminded,
			Integer tier) {
		Finding renewal = new Finding(FindingCode.RENEWAL_DUE, DEADLINE, DEADLINE.plusDays(30));

		var due = TIERS.due(renewal, DEADLINE.minusDays(daysLeft), tiers(reminded));

		assertThat(due.map(ReminderTiers.Due::tier).orElse(null)).isEqualTo(tier);
	}

	@ParameterizedTest(name = "{0} days left -> covers {1}")
	@CsvSource(delimiter = '|', textBlock = """
			12 | 45 30 15
			45 | 45
			0  | 45 30 15 7 1
			""")
	void oneReminderCoversEveryTierCrossedSinceTheLast(int daysLeft, String covered) {
		Finding renewal = new Finding(FindingCode.RENEWAL_DUE, DEADLINE, DEADLINE.plusDays(30));

		assertThat(TIERS.due(renewal, DEADLINE.minusDays(daysLeft), Set.of()).orElseThrow().reached())
			.containsExactlyElementsOf(tiers(covered));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			EXPIRED
			STATUS_CANCELLED
			RENEWAL_OVERDUE
			INSPECTION_OVERDUE
			""")
	void aRiskyOrLapsedFindingIsRemindedAtOnceAndOnlyOnce(FindingCode code) {
		Finding finding = new Finding(code, DEADLINE, null);

		assertThat(TIERS.due(finding, DEADLINE.plusDays(3), Set.of()).orElseThrow().tier())
			.isEqualTo(ReminderTiers.AT_ONCE);
		assertThat(TIERS.due(finding, DEADLINE.plusDays(4), Set.of(ReminderTiers.AT_ONCE))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			STATUS_CANCELLED
			STATUS_SUSPENDED
			INVALID_FILING_NO
			""")
	void aFindingDueTodayOnEveryRunIsOneOccasionNotOnePerDay(FindingCode code) {
		assertThat(ReminderTiers.occasion(new Finding(code, LocalDate.of(2026, 3, 1), null)))
			.isEqualTo(ReminderTiers.occasion(new Finding(code, LocalDate.of(2026, 3, 2), null)));
		assertThat(ReminderTiers.occasion(new Finding(FindingCode.RENEWAL_DUE, DEADLINE, null))).isEqualTo(DEADLINE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			TYPE_INFERRED
			STATUS_UNKNOWN
			""")
	void aRemarkIsNeverReminded(FindingCode code) {
		assertThat(TIERS.due(new Finding(code, DEADLINE, null), DEADLINE, Set.of())).isEmpty();
	}

	private static java.util.SortedSet<Integer> tiers(String text) {
		return text == null ? new java.util.TreeSet<>() : Arrays.stream(text.trim().split("\\s+"))
			.map(Integer::valueOf)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

}
