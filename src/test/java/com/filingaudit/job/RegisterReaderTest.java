package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.DateOrder;
import com.filingaudit.ingest.Field;
import com.filingaudit.ingest.HeaderMatcher;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.system.Messages;

class RegisterReaderTest {

	private static final Messages MESSAGES = Messages.of("en");

	private static final IngestOptions OPTIONS = new IngestOptions(new HeaderMatcher(new ColumnNames(Map.of(
			Field.COMPANY, List.of("企业名称"), Field.FILING_TYPE, List.of("许可类型"), Field.FILING_NO, List.of("证书编号"))),
			Map.of(), MESSAGES), MESSAGES, false, 1L << 30, 1L << 30, DateOrder.YMD);

	@TempDir
	Path dir;

	@Test
	void fileThatChangesWhileReadIsDiscardedAsIncomplete() throws Exception {
		Path file = Files.writeString(dir.resolve("copying.csv"), "企业名称,许可类型,证书编号\nA公司,ICP证,1\nB公司,ICP证,2\n");
		RegisterReader reader = new RegisterReader(file, "copying.csv", OPTIONS, new ProgressTracker.Part());
		reader.open(new ExecutionContext());
		List<SourceRow> read = new ArrayList<>();
		read.add(reader.read());
		read.add(reader.read());
		Files.writeString(file, "C公司,ICP证,3\n", StandardOpenOption.APPEND);
		for (SourceRow row = reader.read(); row != null; row = reader.read()) {
			read.add(row);
		}
		reader.close();

		assertThat(read.get(read.size() - 1)).isInstanceOfSatisfying(SourceRow.Discard.class,
				d -> assertThat(d.reason()).contains("changed while it was read"));
	}

	@Test
	void fileThatFailsToOpenEndsAsOneNoticeNotAnException() throws Exception {
		Path file = Files.write(dir.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		RegisterReader reader = new RegisterReader(file, "broken.xlsx", OPTIONS, new ProgressTracker.Part());
		reader.open(new ExecutionContext());

		SourceRow first = reader.read();

		assertThat(first).isInstanceOfSatisfying(SourceRow.Notice.class, n -> {
			assertThat(n.unreadable()).isTrue();
			assertThat(n.reason()).doesNotContain("Exception");
		});
		assertThat(reader.read()).isNull();
		reader.close();
	}

}
