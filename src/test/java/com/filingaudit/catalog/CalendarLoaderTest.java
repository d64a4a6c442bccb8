package com.filingaudit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.filingaudit.rules.HolidayCalendar;

class CalendarLoaderTest {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0} working: {1}")
	@CsvSource({ "2024-02-04,true", "2024-02-12,false", "2024-10-12,true", "2025-01-26,true", "2025-01-28,false",
			"2025-10-08,false", "2026-02-14,true", "2026-02-16,false", "2026-02-28,true", "2026-10-10,true",
			"2026-10-07,false", "2026-06-19,false", "2026-03-02,true" })
	void builtInCalendarHoldsTheStateCouncilNotices(LocalDate day, boolean working) {
		HolidayCalendar calendar = CalendarLoader.load(null);

		assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
		assertThat(calendar.coverage()).isEqualTo("2024–2026");
		assertThat(calendar.years()).allSatisfy(y -> assertThat(y.notice()).contains("国务院办公厅"));
	}

	@Test
	void userCalendarAddsANewYear() throws IOException {
		Path file = Files.writeString(dir.resolve("cal.yml"), """
				years:
				  2027:
				    notice: 国务院办公厅关于2027年部分节假日安排的通知
				    holidays: [2027-01-01, 2027-02-06..2027-02-13]
				    workdays: [2027-02-14]
				""");

		HolidayCalendar calendar = CalendarLoader.load(file);

		assertThat(calendar.coverage()).isEqualTo("2024–2027");
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 14))).isTrue();
		assertThat(calendar.assumedYears()).isEmpty();
	}

	@Test
	void malformedCalendarStopsTheStartNamingTheLine() throws IOException {
		Path file = Files.writeString(dir.resolve("cal.yml"), """
				years:
				  2027:
				    notice: x
				    holidays: [2027-02-30]
				""");

		assertThatThrownBy(() -> CalendarLoader.load(file)).isInstanceOf(CatalogException.class)
			.hasMessageContaining("line 4")
			.hasMessageContaining("2027-02-30");
	}

}
