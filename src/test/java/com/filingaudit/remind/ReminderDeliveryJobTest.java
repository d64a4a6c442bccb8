package com.filingaudit.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Where reminders go and how their delivery fares: owners the directory lacks (however long their name), held mails,
 * servers that refuse an address, say nothing, or are down for a while.
 */
class ReminderDeliveryJobTest extends ReminderRuns {

	@Test
	void anOwnerTheDirectoryLacksIsRemindedAtTheUnassignedAddressHoweverLongTheirName() throws Exception {
		String owner = "某".repeat(300);
		register("康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,%s,%s\n".formatted(EXPIRY, owner));

		assertThat(run(DEADLINE.minusDays(45), smtp.getSmtp().getPort(), "--audit.remind.unassigned-to=desk@example.com")).isZero();

		assertThat(delivered()).containsExactly("desk@example.com 【证照提醒】1 项待处理，最近截止 2026-12-01");
		assertThat(query("SELECT RECIPIENT FROM OUTBOX")).containsExactly(owner);
	}

	@Test
	void anOwnerTheDirectoryLacksIsRemindedThroughTheUnassignedPersonsAddressAndInbox() throws Exception {
		register("康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,%s,赵敏\n".formatted(EXPIRY));

		assertThat(run(DEADLINE.minusDays(45), smtp.getSmtp().getPort(), "--audit.remind.unassigned-to=李娜")).isZero();

		assertThat(delivered()).containsExactly("lina@example.com 【证照提醒】1 项待处理，最近截止 2026-12-01");
		assertThat(query("SELECT PERSON || ' ' || COMPANY FROM INBOX_ITEM")).containsExactly("李娜 康源医药科技有限公司");
	}

	@Test
	void aMailHeldForWantOfAnAddressIsSentOnceTheOwnerIsInTheDirectory() throws Exception {
		register("""
				康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,%s,王蕾
				Acme Health Ltd,互联网药品信息服务资格证书,(京)-非经营性-2021-0002,%s,赵敏
				""".formatted(EXPIRY, EXPIRY));

		assertThat(run(DEADLINE.minusDays(45), smtp.getSmtp().getPort())).isZero();
		assertThat(delivered()).containsExactlyInAnyOrder(
				"wanglei@example.com 【证照提醒】1 项待处理，最近截止 2026-12-01",
				"lina@example.com 【证照提醒】您团队的 1 项需跟进，最近截止 2026-12-01");
		assertThat(query("SELECT RECIPIENT || ' ' || STATUS FROM OUTBOX WHERE STATUS = 'HELD'"))
			.containsExactly("赵敏 HELD");

		people("""
				王蕾,wanglei@example.com,李娜,zh-CN
				赵敏,zhaomin@example.com,李娜,zh-CN
				李娜,lina@example.com,,zh-CN
				""");
		smtp.purgeEmailFromAllMailboxes();
		assertThat(run(DEADLINE.minusDays(44), smtp.getSmtp().getPort())).isZero();
		assertThat(delivered()).containsExactly("zhaomin@example.com 【证照提醒】1 项待处理，最近截止 2026-12-01");

		smtp.purgeEmailFromAllMailboxes();
		assertThat(run(DEADLINE.minusDays(43), smtp.getSmtp().getPort())).isZero();
		assertThat(delivered()).isEmpty();
	}

	@Test
	void aRefusedAddressIsRecordedWithTheServersAnswer() throws Exception {
		try (FakeSmtp refusing = FakeSmtp.refusingRecipients()) {
			assertThat(run(DEADLINE.minusDays(45), refusing.port())).isZero();
		}

		assertThat(query("SELECT STATUS || ' ' || ATTEMPTS || ' ' || LAST_ERROR FROM OUTBOX")).hasSize(3)
			.allMatch(mail -> mail.startsWith("FAILED 1 ") && mail.contains("550 5.1.1 Recipient address rejected"));
	}

	@Test
	void aServerThatNeverAnswersEndsTheRunWithinItsTimeoutAndLeavesTheMailsForLater() throws Exception {
		try (FakeSmtp silent = FakeSmtp.silent()) {
			CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> run(DEADLINE.minusDays(45),
					silent.port(), "--spring.mail.properties.mail.smtp.timeout=3000"));

			assertThat(run.get(90, TimeUnit.SECONDS)).isZero();
		}

		List<String> mails = query("SELECT STATUS || ' ' || ATTEMPTS || ' ' || LAST_ERROR FROM OUTBOX ORDER BY ID");
		assertThat(mails).hasSize(3).allMatch(mail -> mail.startsWith("FAILED 1 ") && mail.contains("timed out"));
		assertThat(mails.subList(1, 3)).as("one wait for the silent server, not one per mail")
			.allMatch(mail -> mail.contains("not tried"));
	}

	@Test
	void theDefaultSettingsGiveUpOnASilentServer() throws IOException {
		Properties defaults = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}

		assertThat(defaults).containsEntry("spring.mail.properties.mail.smtp.connectiontimeout", "10000")
			.containsEntry("spring.mail.properties.mail.smtp.timeout", "30000")
			.containsEntry("spring.mail.properties.mail.smtp.writetimeout", "30000");
	}

	@Test
	void aFailedMailIsTriedAgainOnlyAfterItsPauseWhichDoublesWithEachFailure() throws Exception {
		sources.add(TestClock.class);
		Instant start = Instant.parse("2030-01-07T09:00:00Z");
		int port = smtp.getSmtp().getPort();
		smtp.stop();

		TestClock.now = start;
		assertThat(run(DEADLINE.minusDays(45), port, "--audit.remind.retry-after=1h")).isZero();
		TestClock.now = start.plus(Duration.ofHours(1));
		assertThat(run(DEADLINE.minusDays(45), port, "--audit.remind.retry-after=1h")).isZero();
		assertThat(query("SELECT DISTINCT STATUS || ' ' || ATTEMPTS FROM OUTBOX")).containsExactly("FAILED 2");
		assertThat(query("SELECT DISTINCT NEXT_ATTEMPT_AT FROM OUTBOX").stream()
			.map(at -> LocalDateTime.parse(at.replace(' ', 'T')).toString())).as("tried at 9:00 and, an hour later, at 10:00; next two hours after that")
			.containsExactly("2030-01-07T12:00");

		smtp = new GreenMail(ServerSetupTest.SMTP.port(port));
		smtp.start();
		TestClock.now = start.plus(Duration.ofMinutes(179));
		assertThat(run(DEADLINE.minusDays(45), port, "--audit.remind.retry-after=1h")).isZero();
		assertThat(delivered()).as("a minute before the pause ends").isEmpty();

		TestClock.now = start.plus(Duration.ofHours(3));
		assertThat(run(DEADLINE.minusDays(45), port, "--audit.remind.retry-after=1h")).isZero();
		assertThat(delivered()).hasSize(3);
	}

	/** The application's clock, as the test sets it. */
	static class TestClock {

		static volatile Instant now;

		@Bean
		@Primary
		Clock testClock() {
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return now;
				}

			};
		}

	}

}
