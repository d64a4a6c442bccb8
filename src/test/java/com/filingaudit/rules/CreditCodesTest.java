package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodesTest {

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			91350100M000100Y43     | VALID              | -
			91350100M000100Y4Z     | CHARACTER          | 18:Z
			91350100M000100Y42     | CHECK_CHARACTER    | 3
			91440300MA5H0HLK5U     | VALID              | -
			91133100MA0D8N1J7G     | VALID              | -
			91440300ma5h0hlk5u     | VALID              | -
			９１４４０３００ＭＡ５Ｈ０ＨＬＫ５Ｕ | VALID    | -
			 91440300 MA5H0HLK5U   | VALID              | -
			91440300MA5H0HLK5A     | CHECK_CHARACTER    | U
			91440300MA5H0HLK6U     | ORGANISATION_CHECK | 5
			01440300MA5H0HLK5U     | AUTHORITY          | 0
			91440300MA5H0HLKIU     | CHARACTER          | 17:I
			9144030                | LENGTH             | 7
			110108000000000        | LEGACY             | -
			""")
	void checksCreditCodesAsGb32100Does(String code, CreditCodes.Check.Kind kind, String detail) {
		CreditCodes.Check check = CreditCodes.check(code);

		assertThat(check.kind()).isEqualTo(kind);
		assertThat(check.detail()).isEqualTo(detail);
	}

}
