package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {

	private static final Instant NOW = Instant.parse("2026-11-22T18:00:00Z");

	@TempDir
	Path dir;

	@Test
	void passesOverWhatIsNoRegisterAndSaysWhy() throws IOException {
		for (String name : new String[] { "a.csv", "b.XLSX", "c.xls", "d.tsv", "e.txt", "f.xlsm", "~$b.xlsx", ".hidden.csv",
				"g.xlsx.tmp", "h.crdownload", "i.part", "j.pdf", "k" }) {
			Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "x"), FileTime.from(NOW.minusSeconds(3600)));
		}
		Files.createDirectory(dir.resolve("archive.csv"));

		InputFolder.Survey survey = new InputFolder(dir).survey(NOW, Duration.ZERO);

		assertThat(survey.registers()).map(p -> p.getFileName().toString())
			.containsExactly("a.csv", "b.XLSX", "c.xls", "d.tsv", "e.txt", "f.xlsm");
		assertThat(survey.skipped()).extracting(InputFolder.Skipped::name, InputFolder.Skipped::reasonKey)
			.containsExactlyInAnyOrder(tuple("~$b.xlsx", "skip.lock"),
					tuple(".hidden.csv", "skip.hidden"),
					tuple("g.xlsx.tmp", "skip.temporary"),
					tuple("h.crdownload", "skip.temporary"),
					tuple("i.part", "skip.temporary"),
					tuple("j.pdf", "skip.unsupported"),
					tuple("k", "skip.unsupported"));
	}

	@Test
	void scheduledRunsLeaveFilesStillBeingCopiedForTheNextRun() throws IOException {
		Path settled = Files.writeString(dir.resolve("settled.csv"), "x");
		Path arriving = Files.writeString(dir.resolve("arriving.csv"), "x");
		Files.setLastModifiedTime(settled, FileTime.from(NOW.minusSeconds(61)));
		Files.setLastModifiedTime(arriving, FileTime.from(NOW.minusSeconds(59)));

		InputFolder.Survey scheduled = new InputFolder(dir).survey(NOW, Duration.ofSeconds(60));
		InputFolder.Survey byHand = new InputFolder(dir).survey(NOW, Duration.ZERO);

		assertThat(scheduled.registers()).containsExactly(settled);
		assertThat(scheduled.skipped()).singleElement().satisfies(s -> {
			assertThat(s.name()).isEqualTo("arriving.csv");
			assertThat(s.reasonKey()).isEqualTo("skip.settling");
		});
		assertThat(byHand.registers()).containsExactly(arriving, settled);
	}

}
