package com.filingaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's name is reserved once: a report step that reserves again, because a kill lost the database's record of the
 * first reservation but not the folder it made, gets the same name; any other run gets the next.
 */
class ReportFilesTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	@TempDir
	Path reports;

	@Test
	void aRunReservingAgainAfterAKillGetsItsOwnNameBack() throws IOException {
		assertThat(ReportFiles.reserve(reports, AS_OF, 7)).isEqualTo("2026-11-01");

		assertThat(ReportFiles.reserve(reports, AS_OF, 7)).isEqualTo("2026-11-01");
		assertThat(ReportFiles.reserve(reports, AS_OF, 8)).isEqualTo("2026-11-01-2");
	}

	@Test
	void aPublishedRunsNameIsNeverReservedAgainAndItsFolderHoldsOnlyItsCompanions() throws IOException {
		String run = ReportFiles.reserve(reports, AS_OF, 7);
		Files.writeString(ReportFiles.workbook(reports, run), "published");
		ReportFiles.release(reports.resolve(run));

		assertThat(ReportFiles.reserve(reports, AS_OF, 7)).isEqualTo("2026-11-01-2");
		try (Stream<Path> left = Files.list(reports.resolve(run))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void aFolderOfAnotherRunOrOfNoneIsNotTaken() throws IOException {
		Files.createDirectory(reports.resolve("2026-11-01"));

		assertThat(ReportFiles.reserve(reports, AS_OF, 7)).isEqualTo("2026-11-01-2");
	}

}
