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
import java.util.function.Predicate;

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
 * A run killed (kill -9) while it plans its reminders, or after, while it writes its report: the run that resumes it
 * sends each reminder once, and a later run the same day sends nothing.
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
		// enough rows for the report to take a few seconds: the kill comes while it is written
		register(30_000);

		kill("after planning its reminders", line -> line.contains("Step: [remind] executed"));
		assertThat(smtp.getReceivedMessages()).as("nothing sent by the killed run").isEmpty();

		assertThat(run()).isZero();
		assertThat(recipients()).containsExactlyInAnyOrder("wanglei@example.com", "chenhao@example.com",
				"lina@example.com");
		assertThat(run()).isZero();
		assertThat(recipients()).as("a second run the same day sends nothing").hasSize(3);
	}

	/**
	 * The reminders are planned a window of rows per transaction: a run killed half way through keeps the windows it
	 * committed, and the run that resumes it plans the rest, so that each digest counts every item once.
	 */
	@Test
	void aRunKilledWhilePlanningSendsEveryDigestWholeWhenResumed() throws Exception {
		register(8_000);
		assertThat(run("--audit.window-rows=200", "--audit.data-dir=" + root.resolve("uninterrupted"),
				"--audit.reports-dir=" + root.resolve("uninterrupted-reports"))).isZero();
		List<String> uninterrupted = subjects();
		assertThat(uninterrupted).hasSize(3);
		smtp.purgeEmailFromAllMailboxes();

		kill("half way through planning its reminders",
				line -> line.contains("rows planned for reminders") && !line.contains("(100 %)"),
				"--audit.window-rows=200", "--audit.progress-every=50ms");
		assertThat(smtp.getReceivedMessages()).as("nothing sent by the killed run").isEmpty();

		assertThat(run("--audit.window-rows=200")).isZero();
		assertThat(subjects()).as("the digests of a run never interrupted, each counting every item once")
			.containsExactlyInAnyOrderElementsOf(uninterrupted);
	}

	/** One drug-information certificate of 王蕾's and {@code icp} ICP licences of 陈昊's; both report to 李娜. */
	private void register(int icp) throws IOException {
		Path input = Files.createDirectories(root.resolve("input"));
		try (BufferedWriter out = Files.newBufferedWriter(input.resolve("r.csv"), StandardCharsets.UTF_8)) {
			out.write("企业名称,许可类型,证书编号,有效期至,负责人\n");
			out.write("康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,2026-12-31,王蕾\n");
			for (int i = 1; i <= icp; i++) {
				out.write("测试公司" + i + ",ICP证,京B2-" + (30000000 + i) + ",2027-01-" + (1 + i % 28) + ",陈昊\n");
			}
		}
		Files.writeString(root.resolve("people.csv"), """
				姓名,邮箱,上级
				王蕾,wanglei@example.com,李娜
				陈昊,chenhao@example.com,李娜
				李娜,lina@example.com,
				""");
	}

	/** Runs an audit in a process of its own and kills it (kill -9) at the first line of its log that {@code when} holds. */
	private void kill(String when, Predicate<String> at, String... more) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), FilingAuditApplication.class.getName()));
		command.addAll(arguments(more));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean reached = false;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (!reached && (line = out.readLine()) != null) {
				reached = at.test(line);
			}
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(reached).as("the first run was killed %s", when).isTrue();
	}

	private int run(String... more) {
		return SpringApplication.exit(new SpringApplicationBuilder(FilingAuditApplication.class)
			.run(arguments(more).toArray(String[]::new)));
	}

	private List<String> arguments(String... more) {
		List<String> arguments = new ArrayList<>(List.of("--audit.once=true", "--audit.as-of=2026-11-01", "--audit.input-dir=" + root.resolve("input"),
				"--audit.reports-dir=" + root.resolve("reports"), "--audit.data-dir=" + root.resolve("data"),
				"--audit.remind.people=" + root.resolve("people.csv"), "--spring.mail.host=localhost",
				"--spring.mail.port=" + smtp.getSmtp().getPort()));
		for (String argument : more) {
			arguments.removeIf(a -> a.startsWith(argument.substring(0, argument.indexOf('=') + 1)));
			arguments.add(argument);
		}
		return arguments;
	}

	/** Address and subject (with its count of items) of each mail received. */
	private List<String> subjects() throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			subjects.add(message.getAllRecipients()[0] + " " + message.getSubject());
		}
		return subjects;
	}

	private List<String> recipients() throws Exception {
		List<String> to = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			to.add(message.getAllRecipients()[0].toString());
		}
		return to;
	}

}
