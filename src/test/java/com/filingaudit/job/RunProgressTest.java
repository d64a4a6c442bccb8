package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file's figures from its counts, and how the log and the desk say them. */
class RunProgressTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# what                        | rows      | share read | read | rows timed | seconds | line
			estimated from the share read | 412000    | 0.412      | false | 412000    | 22.5    | 客户台账.csv: 412,000 of ~1,000,000 rows (41 %), 18,300 rows/s, about 33 s left
			three significant figures     | 1234      | 0.1        | false | 1234      | 1       | a.csv: 1,234 of ~12,300 rows (10 %), 1,230 rows/s, about 9 s left
			exact once read               | 1000000   | 1          | true  | 1000000   | 55      | a.csv: 1,000,000 of 1,000,000 rows (100 %), 18,200 rows/s
			never below the rows read     | 100       | 1          | false | 100       | 1       | a.csv: 100 of ~100 rows (99 %), 100 rows/s
			rate of this attempt only     | 600000    | 0.6        | false | 100000    | 10      | a.csv: 600,000 of ~1,000,000 rows (60 %), 10,000 rows/s, about 40 s left
			minutes left                  | 100000    | 0.1        | false | 100000    | 100     | a.csv: 100,000 of ~1,000,000 rows (10 %), 1,000 rows/s, about 15 min left
			hours left                    | 10000     | 0.01       | false | 10000     | 40      | a.csv: 10,000 of ~1,000,000 rows (1 %), 250 rows/s, about 1 h 06 min left
			too soon for a rate           | 500       | 0.05       | false | 500       | 0.2     | a.csv: 500 of ~10,000 rows (5 %)
			a file that does not tell     | 5000      | NaN        | false | 5000      | 2       | b.xlsx: 5,000 rows, 2,500 rows/s
			nothing read yet              | 0         | 0          | false | 0         | 3       | a.csv: 0 rows
			""")
	void figuresFromCounts(String what, long rows, double share, boolean read, long timed, double seconds,
			String line) {
		String name = line.substring(0, line.indexOf(':'));
		RunProgress.FileProgress progress = RunProgress.FileProgress.of(name, rows, share, read, timed,
				(long) (seconds * 1e9));
		assertThat(progress.line()).isEqualTo(line);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0     | 0 s  | 0 s
			59    | 59 s | 59 s
			65    | 65 s | 1 min 05 s
			150   | 3 min | 2 min 30 s
			3900  | 1 h 05 min | 65 min 00 s
			""")
	void durationsAsAPersonSaysThem(long seconds, String left, String took) {
		assertThat(RunProgress.roughly(Duration.ofSeconds(seconds))).isEqualTo(left);
		assertThat(RunProgress.elapsed(Duration.ofSeconds(seconds))).isEqualTo(took);
	}

}
