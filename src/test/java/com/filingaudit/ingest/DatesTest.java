package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2026-11-22           | 2026-11-22 | -
			2026/1/5             | 2026-01-05 | -
			2026年1月5日          | 2026-01-05 | -
			2026 年 1 月 5 日      | 2026-01-05 | -
			2027.3.1             | 2027-03-01 | -
			20260105             | 2026-01-05 | -
			2027-03-01 00:00:00  | 2027-03-01 | -
			2027/3/1 9:30        | 2027-03-01 | -
			２０２７年３月１日      | 2027-03-01 | -
			46447                | 2027-03-01 | -
			46447.0              | 2027-03-01 | -
			32874                | 1990-01-01 | -
			73415                | 2100-12-31 | -
			32873                | -          | serial
			73416                | -          | serial
			12345                | -          | serial
			99999                | -          | serial
			13/04/2027           | 2027-04-13 | -
			04/13/2027           | 2027-04-13 | -
			04/04/2027           | 2027-04-04 | -
			03/04/2027           | -          | ambiguous
			27-03-01             | -          | twoDigitYear
			1/5/27               | -          | twoDigitYear
			2027-02-30           | -          | calendar
			2027-13-01           | -          | calendar
			2026                 | -          | format
			next year            | -          | format
			""")
	void readsDatesAndRefusesWhatItWouldHaveToGuess(String text, LocalDate date, String problem) {
		Dates.Parsed parsed = Dates.parse(Value.text(text));

		assertThat(parsed.date()).isEqualTo(date);
		assertThat(parsed.problem()).isEqualTo(problem);
	}

	@ParameterizedTest(name = "{0} {1} -> {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			03/04/2027  | DMY | 2027-04-03 | -
			03/04/2027  | MDY | 2027-03-04 | -
			03/04/2027  | YMD | -          | ambiguous
			13/04/2027  | DMY | 2027-04-13 | -
			13/04/2027  | MDY | -          | calendar
			04/13/2027  | MDY | 2027-04-13 | -
			04/13/2027  | DMY | -          | calendar
			31.12.2026  | DMY | 2026-12-31 | -
			12-31-2026  | MDY | 2026-12-31 | -
			2027-03-04  | DMY | 2027-03-04 | -
			2027-03-04  | MDY | 2027-03-04 | -
			1/5/27      | MDY | -          | twoDigitYear
			""")
	void readsTheYearLastInTheRegistersOrderAndNeverOtherwise(String text, DateOrder order, LocalDate date,
			String problem) {
		Dates.Parsed parsed = Dates.parse(Value.text(text), order);

		assertThat(parsed.date()).isEqualTo(date);
		assertThat(parsed.problem()).isEqualTo(problem);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2024-03-01至2027-02-28         | 2024-03-01 | 2027-02-28 | false | -
			2024年3月1日-2027年2月28日       | 2024-03-01 | 2027-02-28 | false | -
			2024.03.01~2027.02.28          | 2024-03-01 | 2027-02-28 | false | -
			2024/3/1 到 2027/2/28           | 2024-03-01 | 2027-02-28 | false | -
			2024-03-01-2027-02-28          | 2024-03-01 | 2027-02-28 | false | -
			20240301—20270228              | 2024-03-01 | 2027-02-28 | false | -
			2024-03-01至长期                | 2024-03-01 | -          | true  | -
			2027-02-28                     | -          | 2027-02-28 | false | -
			2024-03-01至2027-02-30         | -          | -          | false | calendar
			三年                            | -          | -          | false | range
			2024-03-01至27-02-28            | -          | -          | false | range
			2024-03-01 - 2027/2            | -          | -          | false | range
			13/04/2022 to 13/04/2027       | 2022-04-13 | 2027-04-13 | false | -
			03/04/2022 - 03/04/2027        | -          | -          | false | ambiguous
			04.03.2022 - 04.03.2027        | -          | -          | false | ambiguous
			13/04/2022 - 03/04/2027        | -          | -          | false | ambiguous
			13/04/2022 - 13/04/27          | -          | -          | false | range
			""")
	void readsValidityRanges(String text, LocalDate start, LocalDate end, boolean noEnd, String problem) {
		Dates.Range range = Dates.range(Value.text(text), DateOrder.YMD);

		assertThat(range.start()).isEqualTo(start);
		assertThat(range.end()).isEqualTo(end);
		assertThat(range.noEnd()).isEqualTo(noEnd);
		assertThat(range.problem()).isEqualTo(problem);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			03/04/2022 - 03/04/2027    | MDY | 2022-03-04 | 2027-03-04 | -
			03/04/2022 - 03/04/2027    | DMY | 2022-04-03 | 2027-04-03 | -
			04.03.2022 - 04.03.2027    | DMY | 2022-03-04 | 2027-03-04 | -
			13/04/2022 to 13/04/2027   | DMY | 2022-04-13 | 2027-04-13 | -
			13/04/2022 to 13/04/2027   | MDY | -          | -          | calendar
			04/13/2022-04/13/2027      | MDY | 2022-04-13 | 2027-04-13 | -
			03/04/2022至长期             | DMY | 2022-04-03 | -          | -
			2024-03-01至2027-02-28      | MDY | 2024-03-01 | 2027-02-28 | -
			2024-03-01至2027-02-28      | DMY | 2024-03-01 | 2027-02-28 | -
			""")
	void readsYearLastRangesInTheRegistersOrder(String text, DateOrder order, LocalDate start, LocalDate end,
			String problem) {
		Dates.Range range = Dates.range(Value.text(text), order);

		assertThat(range.start()).isEqualTo(start);
		assertThat(range.end()).isEqualTo(end);
		assertThat(range.problem()).isEqualTo(problem);
	}

}
