package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectionLevelsTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			3        | 3
			三级      | 3
			第三级    | 3
			第四级    | 4
			二级      | 2
			Level 3  | 3
			level 4  | 4
			L3       | 3
			S3A3G3   | 3
			S2A3G3   | 3
			S4A3G4   | 4
			３       | 3
			6        | -
			高       | -
			三级甲等  | -
			""")
	void readsProtectionLevelsAsRegistersWriteThem(String text, Integer level) {
		assertThat(ProtectionLevels.parse(text)).isEqualTo(level);
	}

}
