package com.filingaudit.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.FilingAuditApplication;

/** Actuator on the class path must not give {@code --audit.once=true} a web server: it audits and exits. */
class OneShotStaysHeadlessTest {

	@TempDir
	Path root;

	@Test
	void aOneShotRunStartsNoWebServerAndNoOperationsEndpoints() throws Exception {
		Path input = Files.createDirectories(root.resolve("input"));
		Files.writeString(input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至
				长久公司,ICP证,京B2-20200002,2030-10-01
				""");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(FilingAuditApplication.class).run(
				"--audit.once=true", "--audit.as-of=2026-11-01", "--audit.input-dir=" + input,
				"--audit.reports-dir=" + root.resolve("reports"), "--audit.data-dir=" + root.resolve("data"));
		try {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBeanNamesForType(OpsConfiguration.class)).isEmpty();
		}
		finally {
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

}
