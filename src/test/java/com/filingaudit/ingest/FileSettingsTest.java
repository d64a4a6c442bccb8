package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FileSettingsTest {

	private static final IngestOptions RUN = RowSourcesTest.OPTIONS;

	@Test
	void aFileNoEntryMatchesIsReadWithTheRunsSettings() {
		FileSettings settings = new FileSettings(List.of(new FileSettings.Entry("us_*.csv", DateOrder.MDY, Map.of())));

		assertThat(settings.forFile("中国登记表.xlsx", RUN)).isSameAs(RUN);
	}

	@Test
	void laterEntriesWinAndColumnsAddUp() {
		FileSettings settings = new FileSettings(List.of(
				new FileSettings.Entry("*.csv", DateOrder.DMY, Map.of(Field.COMPANY, "LEGAL NAME")),
				new FileSettings.Entry("us_*.csv", DateOrder.MDY, Map.of(Field.EXPIRY_DATE, "EXPIRES")),
				new FileSettings.Entry("us_hq.csv", null, Map.of(Field.FILING_NO, "LICENSE NUMBER"))));

		IngestOptions us = settings.forFile("us_hq.csv", RUN);

		assertThat(us.dateOrder()).isEqualTo(DateOrder.MDY);
		assertThat(us.maxFileBytes()).isEqualTo(RUN.maxFileBytes());
		assertThat(settings.forFile("uk.csv", RUN).dateOrder()).isEqualTo(DateOrder.DMY);
		assertThat(RUN.dateOrder()).isEqualTo(DateOrder.YMD);
	}

	@Test
	void aPatternMatchesTheNameInASubfolderToo() {
		FileSettings settings = new FileSettings(List.of(new FileSettings.Entry("us_*.csv", DateOrder.MDY, Map.of())));

		assertThat(settings.forFile("clients/acme/us_2026.csv", RUN).dateOrder()).isEqualTo(DateOrder.MDY);
		assertThat(settings.forFile("us_2026.xlsx", RUN).dateOrder()).isEqualTo(DateOrder.YMD);
	}

}
