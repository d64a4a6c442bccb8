package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credit codes, filing numbers, remarks, consistency and foreign ownership, as of 2026-06-01. */
class RegisterQualityRulesTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

	private static final Map<String, FilingType> TYPES = Map.of(
			"ALGO", type("ALGORITHM_FILING", null, List.of("网信算备\\d{21}号"), null),
			"ICP", type("ICP_LICENSE", Term.years(5), List.of("(京|沪)?B2-\\d{8}(-\\d+)?号?"), 50),
			"NEWS", type("NEWS_INFO_LICENSE", Term.years(3), List.of(), 0));

	private final Rules rules = new Rules(Calendars.china());

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# type | case                                  | credit code        | number                             | issue      | expiry     | remarks                          | foreign | inferred | findings
			ICP    | all in order                          | 91440300MA5H0HLK5U | 京B2-20210001                       | 2024-01-10 | 2029-01-09 | -                                | 50      | false    | -
			ICP    | wrong check character                 | 91440300MA5H0HLK5A | 京B2-20210001                       | 2024-01-10 | 2029-01-09 | -                                | -       | false    | INVALID_CREDIT_CODE
			ICP    | legacy registration number            | 110108000000000    | 京B2-20210001                       | 2024-01-10 | 2029-01-09 | -                                | -       | false    | LEGACY_CREDIT_CODE
			ICP    | number in no format                   | -                  | 京ICP备12345678号                    | 2024-01-10 | 2029-01-09 | -                                | -       | false    | INVALID_FILING_NO
			ICP    | full-width number folded              | -                  | 京Ｂ２－２０２１０００１              | 2024-01-10 | 2029-01-09 | -                                | -       | false    | -
			ALGO   | 22 digits                             | -                  | 网信算备1101082242366066220017号     | 2023-01-01 | -          | -                                | -       | true     | INVALID_FILING_NO,TYPE_INFERRED
			ALGO   | inferred, 21 digits                   | -                  | 网信算备110108823483901230031号      | 2023-01-01 | -          | -                                | -       | true     | TYPE_INFERRED
			ALGO   | remark 已注销                          | -                  | 网信算备110108823483901230031号      | 2023-01-01 | -          | 已注销                            | -       | false    | STATUS_CANCELLED
			ALGO   | rename remark                         | -                  | 网信算备110108823483901230031号      | 2023-01-01 | -          | 原主体名称为甲公司，已变更为乙公司     | -       | false    | ENTITY_RENAMED
			ICP    | expiry 31 days off the term           | -                  | 京B2-20210001                       | 2024-01-10 | 2029-02-09 | -                                | -       | false    | -
			ICP    | expiry 32 days off the term           | -                  | 京B2-20210001                       | 2024-01-10 | 2029-02-10 | -                                | -       | false    | VALIDITY_MISMATCH
			ICP    | expiry 32 days early                  | -                  | 京B2-20210001                       | 2024-01-10 | 2028-12-08 | -                                | -       | false    | VALIDITY_MISMATCH
			ICP    | foreign 51%                           | -                  | 京B2-20210001                       | 2024-01-10 | 2029-01-09 | -                                | 51      | false    | FOREIGN_OWNERSHIP_BARRED
			NEWS   | any foreign share                     | -                  | 11220180008                        | 2024-01-10 | -          | -                                | 0.5     | false    | FOREIGN_OWNERSHIP_BARRED
			NEWS   | none foreign                          | -                  | 11220180008                        | 2024-01-10 | -          | -                                | 0       | false    | -
			""")
	void findsWhatMakesARegisterUntrustworthy(String type, String why, String creditCode, String number,
			LocalDate issue, LocalDate expiry, String remarks, Double foreign, boolean inferred, String findings) {
		Filing filing = new Filing("测试科技有限公司", creditCode, TYPES.get(type), number, issue, expiry, false, null, null,
				null, null, null, false, null, null, null, null, remarks, foreign, inferred, null, false);

		List<String> expected = findings == null ? List.of() : Arrays.asList(findings.split(","));
		assertThat(rules.assess(filing, AS_OF).findings()).as(why)
			.map(f -> f.code().name())
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "LEGACY_CREDIT_CODE", "TYPE_INFERRED" })
	void remarksChangeNoGroup(FindingCode code) {
		assertThat(code.group()).isNull();
		Assessment assessment = new Assessment(null, AS_OF, null, false,
				List.of(new Finding(code, AS_OF, null)));
		assertThat(assessment.group()).isEqualTo(Group.OK);
		assertThat(assessment.deadline()).isNull();
	}

	private static FilingType type(String code, Term validity, List<String> patterns, Integer foreignMax) {
		return new FilingType(code, code, code, List.of(), validity, null, null, Bilingual.NONE, null, Map.of(), null,
				null, Map.of(), patterns.stream().map(Pattern::compile).toList(), List.of(), foreignMax, List.of());
	}

}
