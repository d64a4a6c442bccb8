package com.filingaudit.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.filingaudit.FilingAuditApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * A run killed (kill -9) after it planned its reminders, while it writes its report: the run that resumes it sends
 * each reminder once, and a later run the same day sends nothing.
 */
class RemindersAfterKillTest {

	@TempDir
	Path root;

	private GreenMail smtp;

	@BeforeEach
	void start() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void aRunKilledAfterPlanningSendsEachReminderOnceWhenResumed() throws Exception {
		Path input = Files.createDirectories(root.resolve("input"));
		try (BufferedWriter out = Files.newBufferedWriter(input.resolve("r.csv"), StandardCharsets.UTF_8)) {
			out.write("企业名称,许可类型,证书编号,有效期至,负责人\n");
			out.write("康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,2026-12-31,王蕾\n");
			// enough Expiring rows for the report to take a few seconds: the kill comes while it is written
			for (int i = 1; i <= 30_000; i++) {
				out.write("测试公司" + i + ",ICP证,京B2-" + (30000000 + i) + ",2027-01-" + (1 + i % 28) + ",陈昊\n");
			}
		}
		Files.writeString(root.resolve("people.csv"), """
				姓名,邮箱,上级
				王蕾,wanglei@example.com,李娜
				陈昊,chenhao@example.com,李娜
				李娜,lina@example.com,
				""");

		killAfterTheRemindStep();
		assertThat(smtp.getReceivedMessages()).as("nothing sent by the killed run").isEmpty();

		assertThat(run()).isZero();
		assertThat(recipients()).containsExactlyInAnyOrder("wanglei@example.com", "chenhao@example.com",
				"lina@example.com");
		assertThat(run()).isZero();
		assertThat(recipients()).as("a second run the same day sends nothing").hasSize(3);
	}

	private void killAfterTheRemindStep() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), FilingAuditApplication.class.getName()));
		command.addAll(arguments());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean planned = false;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (!planned && (line = out.readLine()) != null) {
				planned = line.contains("Step: [remind] executed");
			}
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(planned).as("the first run was killed after planning its reminders").isTrue();
	}

	private int run() {
		return SpringApplication.exit(new SpringApplicationBuilder(FilingAuditApplication.class)
			.run(arguments().toArray(String[]::new)));
	}

	private List<String> arguments() {
		return List.of("--audit.once=true", "--audit.as-of=2026-11-01", "--audit.input-dir=" + root.resolve("input"),
				"--audit.reports-dir=" + root.resolve("reports"), "--audit.data-dir=" + root.resolve("data"),
				"--audit.remind.people=" + root.resolve("people.csv"), "--spring.mail.host=localhost",
				"--spring.mail.port=" + smtp.getSmtp().getPort());
	}

	private List<String> recipients() throws Exception {
		List<String> to = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			to.add(message.getAllRecipients()[0].toString());
		}
		return to;
	}

}
