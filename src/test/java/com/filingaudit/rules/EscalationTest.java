package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rung of the ladder a Lapsed filing stands on, as of 2026-03-03, with the catalog's 30 and 365 days. */
class EscalationTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 3, 3);

	private final Escalation ladder = new Escalation(30, 365, "");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# case                                           | expired on | inspection lapsed | lapsed since | repeated | exposure
			expired 30 days ago, first seen today            | 2026-02-01 | false             | 2026-03-03   | false    | WARNING
			expired 31 days ago, first seen today            | 2026-01-31 | false             | 2026-03-03   | false    | CREDIT_RECORD
			cancelled, lapse seen for 30 days                | -          | false             | 2026-02-01   | false    | WARNING
			cancelled, lapse seen for 31 days                | -          | false             | 2026-01-31   | false    | CREDIT_RECORD
			cancelled, episode date unknown                  | -          | false             | -            | false    | WARNING
			a missed inspection, lapsed today                | -          | true              | 2026-03-03   | false    | CREDIT_RECORD
			the company lapsed before this episode           | 2026-03-02 | false             | 2026-03-03   | true     | REVOCATION_RISK
			""")
	void exposureOfALapse(String description, LocalDate expiredOn, boolean inspectionLapsed, LocalDate lapsedSince,
			boolean repeated, Escalation.Exposure exposure) {
		List<Finding> findings = new ArrayList<>();
		if (expiredOn != null) {
			findings.add(new Finding(FindingCode.EXPIRED, expiredOn, expiredOn));
		}
		else if (!inspectionLapsed) {
			findings.add(new Finding(FindingCode.STATUS_CANCELLED, AS_OF, null));
		}
		if (inspectionLapsed) {
			findings.add(new Finding(FindingCode.INSPECTION_LAPSED, AS_OF, AS_OF.minusDays(40)));
		}
		assertThat(ladder.exposure(findings, lapsedSince, repeated, AS_OF)).isEqualTo(exposure);
	}

}
