package com.filingaudit.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.testdb.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * One-shot audits as the reminder tests run them: a register of two drug-information certificates (renewal 30 days
 * before expiry) owned by 王蕾 (zh) and Chen Hao (en), whose manager is 李娜, and a real SMTP server in the JVM.
 */
abstract class ReminderRuns {

	/** The certificates expire on this day: their deadline is 30 days earlier. */
	static final LocalDate EXPIRY = LocalDate.of(2026, 12, 31);

	static final LocalDate DEADLINE = EXPIRY.minusDays(30);

	static final String HEADER = "企业名称,许可类型,证书编号,有效期至,负责人\n";

	@TempDir
	Path root;

	Path input;

	GreenMail smtp;

	/** Configuration classes added to the application's own (a test's clock). */
	final List<Class<?>> sources = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		input = Files.createDirectories(root.resolve("input"));
		register("""
				康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,%s,王蕾
				Acme Health Ltd,互联网药品信息服务资格证书,(京)-非经营性-2021-0002,%s,Chen Hao
				""".formatted(EXPIRY, EXPIRY));
		people("""
				王蕾,wanglei@example.com,李娜,zh-CN
				Chen Hao,chen@example.com,李娜,en
				李娜,lina@example.com,,zh-CN
				""");
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	/** Replaces the register's rows. */
	void register(String rows) throws IOException {
		Files.writeString(input.resolve("r.csv"), HEADER + rows);
	}

	/** Replaces the people list's rows (name, email, manager, language). */
	void people(String rows) throws IOException {
		Files.writeString(root.resolve("people.csv"), "姓名,邮箱,上级,语言\n" + rows);
	}

	/** Runs one audit as of a day, with more arguments that may override the usual ones; its exit code. */
	int run(LocalDate asOf, int port, String... more) {
		List<String> args = new ArrayList<>(List.of("--audit.once=true", "--audit.as-of=" + asOf,
				"--audit.input-dir=" + input, "--audit.reports-dir=" + root.resolve("reports"),
				"--audit.data-dir=" + root.resolve("data"), "--audit.remind.people=" + root.resolve("people.csv"),
				"--audit.remind.retry-after=0s", "--spring.mail.host=localhost", "--spring.mail.port=" + port,
				"--spring.mail.properties.mail.smtp.connectiontimeout=2000"));
		args.addAll(TestDatabase.arguments(root.resolve("data")));
		for (String arg : more) {
			args.removeIf(a -> a.startsWith(arg.substring(0, arg.indexOf('=') + 1)));
			args.add(arg);
		}
		return SpringApplication.exit(new SpringApplicationBuilder(FilingAuditApplication.class)
			.sources(sources.toArray(Class<?>[]::new))
			.run(args.toArray(String[]::new)));
	}

	/** The rows of a one-column query on the run's database. */
	List<String> query(String sql) throws SQLException {
		try (Connection db = database()) {
			return new JdbcTemplate(new SingleConnectionDataSource(db, true)).queryForList(sql, String.class);
		}
	}

	/** The mails the server received: address and subject of each. */
	List<String> delivered() throws MessagingException {
		List<String> mails = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			mails.add(message.getRecipients(Message.RecipientType.TO)[0] + " " + message.getSubject());
		}
		return mails;
	}

	/** The plain-text part of the one mail the server received for an address. */
	String plainTextTo(String address) throws MessagingException, IOException {
		MimeMessage[] mails = smtp.getReceivedMessagesForDomain(address);
		assertThat(mails).as("mails to %s", address).hasSize(1);
		return plainText(mails[0]);
	}

	private static String plainText(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	Connection database() throws SQLException {
		return TestDatabase.connect(root.resolve("data"));
	}

}
