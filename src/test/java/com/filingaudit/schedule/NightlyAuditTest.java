package com.filingaudit.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.FilingAuditApplication;

/** Without {@code audit.once} the product stays up and audits on its schedule. */
class NightlyAuditTest {

	@TempDir
	Path root;

	@Test
	void serviceAuditsOnItsSchedule() throws IOException {
		Path input = Files.createDirectories(root.resolve("input"));
		Files.writeString(input.resolve("r.csv"), "企业名称,许可类型,有效期至\nA公司,ICP证,2020-01-01\n");
		Path reports = root.resolve("reports");

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FilingAuditApplication.class).run(
				"--audit.schedule=*/2 * * * * *", "--audit.input-dir=" + input, "--audit.reports-dir=" + reports,
				"--audit.data-dir=" + root.resolve("data"))) {
			assertThat(context.getBeansOfType(NightlyAudit.class)).hasSize(1);
			assertThat(context.getBeansOfType(OneShotAudit.class)).isEmpty();
			await().atMost(Duration.ofSeconds(30)).until(() -> workbooks(reports) > 0);
		}
	}

	private static long workbooks(Path reports) throws IOException {
		if (!Files.isDirectory(reports)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(reports)) {
			return files.filter(f -> f.getFileName().toString().startsWith("filing-audit-")).count();
		}
	}

}
