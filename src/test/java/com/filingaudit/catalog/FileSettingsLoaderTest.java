package com.filingaudit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.filingaudit.ingest.DateOrder;
import com.filingaudit.ingest.Field;
import com.filingaudit.ingest.FileSettings;

class FileSettingsLoaderTest {

	@TempDir
	Path dir;

	@Test
	void readsEntriesWithDateOrderAndColumns() throws IOException {
		Path file = Files.writeString(dir.resolve("files.yml"), """
				files:
				  - match: "us_*.csv"
				    dateOrder: mdy
				    columns:
				      company: LEGAL NAME
				      expiry-date: LICENSE TERM EXPIRATION DATE
				  - match: "uk/*"
				    dateOrder: DMY
				""");

		FileSettings settings = FileSettingsLoader.load(file);

		assertThat(settings.entries()).containsExactly(
				new FileSettings.Entry("us_*.csv", DateOrder.MDY,
						Map.of(Field.COMPANY, "LEGAL NAME", Field.EXPIRY_DATE, "LICENSE TERM EXPIRATION DATE")),
				new FileSettings.Entry("uk/*", DateOrder.DMY, Map.of()));
	}

	@Test
	void noFileMeansNoSettings() {
		assertThat(FileSettingsLoader.load(null)).isSameAs(FileSettings.NONE);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			'files:\\n  - match: \"*.csv\"\\n    dateOrder: DDMMYY\\n'          | files.yml line 3: dateOrder is one of [YMD, DMY, MDY]
			'files:\\n  - match: \"*.csv\"\\n    columns: {name: X}\\n'         | files.yml line 3: 'name' is no field
			'files:\\n  - match: \"[*.csv\"\\n    dateOrder: DMY\\n'           | files.yml line 2: '[*.csv' is not a file name pattern
			'files:\\n  - match: \"*.csv\"\\n'                                 | files.yml line 2: an entry for '*.csv' sets neither dateOrder nor columns
			'files:\\n  - dateOrder: DMY\\n'                                   | files.yml line 2: 'match' is missing
			'file:\\n  - match: \"*.csv\"\\n'                                  | files.yml line 1: unknown key 'file'
			""")
	void aMistakeNamesTheLine(String yaml, String message) throws IOException {
		Path file = Files.writeString(dir.resolve("files.yml"), yaml.replace("\\n", "\n"));

		assertThatThrownBy(() -> FileSettingsLoader.load(file)).isInstanceOf(CatalogException.class)
			.hasMessageContaining(message.replace("files.yml", file.toString()));
	}

	@Test
	void aMissingFileIsSaidSo() {
		assertThatThrownBy(() -> FileSettingsLoader.load(dir.resolve("nope.yml")))
			.hasMessageContaining("audit.ingest.file-settings")
			.hasMessageContaining("does not exist");
	}

}
