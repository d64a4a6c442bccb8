package com.filingaudit.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * Reminders through a real SMTP server in the JVM (GreenMail): the tiers around a deadline, once each, owner and
 * manager, in each person's language; nothing twice; one reminder after downtime; a server down, then up.
 */
class RemindersJobTest extends ReminderRuns {

	@Test
	void eachTierAroundTheDeadlineIsRemindedOnceToTheOwnerAndTheFirstAndTheLapseToTheManager() throws Exception {
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(46))).isEmpty();
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(45))).containsExactlyInAnyOrder(
				"wanglei@example.com 【证照提醒】1 项待处理，最近截止 2026-12-01",
				"chen@example.com [Filing reminder] 1 to act on, nearest deadline 2026-12-01",
				"lina@example.com 【证照提醒】您团队的 2 项需跟进，最近截止 2026-12-01");
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(44))).isEmpty();
		for (int tier : new int[] { 30, 15, 7, 1 }) {
			assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(tier))).as("tier %d", tier).containsExactlyInAnyOrder(
					"wanglei@example.com 【证照提醒】1 项待处理，最近截止 2026-12-01",
					"chen@example.com [Filing reminder] 1 to act on, nearest deadline 2026-12-01");
		}
		assertThat(deliveredAfterRunAsOf(EXPIRY.plusDays(1))).as("the day after it lapses").containsExactlyInAnyOrder(
				"wanglei@example.com 【证照提醒】1 项待处理，最近截止 2026-12-31",
				"chen@example.com [Filing reminder] 1 to act on, nearest deadline 2026-12-31",
				"lina@example.com 【证照提醒】您团队的 2 项需跟进，最近截止 2026-12-31");
		MimeMessage lapsed = smtp.getReceivedMessagesForDomain("lina@example.com")[0];
		assertThat(GreenMailUtil.getBody(lapsed)).contains("text/plain", "text/html");
	}

	@Test
	void anUnresolvedLapseGoesToTheManagerAgainEveryWeekAndToTheOwnerOnce() throws Exception {
		String manager = "lina@example.com 【证照提醒】您团队的 2 项需跟进，最近截止 2026-12-31";
		assertThat(deliveredAfterRunAsOf(EXPIRY.plusDays(1))).hasSize(3).contains(manager);
		assertThat(deliveredAfterRunAsOf(EXPIRY.plusDays(4))).isEmpty();
		assertThat(deliveredAfterRunAsOf(EXPIRY.plusDays(8))).containsExactly(manager);
		assertThat(deliveredAfterRunAsOf(EXPIRY.plusDays(9))).isEmpty();
		assertThat(deliveredAfterRunAsOf(EXPIRY.plusDays(15))).containsExactly(manager);
	}

	@Test
	void aDryRunWritesEachMailInTheRunsReportFolderAndSendsNothing() throws Exception {
		assertThat(run(DEADLINE.minusDays(30), smtp.getSmtp().getPort(), "--audit.remind.dry-run=true")).isZero();

		assertThat(smtp.getReceivedMessages()).isEmpty();
		try (var files = Files.list(root.resolve("reports/2026-11-01/reminders"))) {
			assertThat(files.map(f -> f.getFileName().toString().replaceFirst("^\\d+-", ""))).containsExactlyInAnyOrder(
					"王蕾.eml", "Chen Hao.eml", "李娜.eml");
		}
	}

	@Test
	void theOwnersWorkbookIsAttachedWhenAsked() throws Exception {
		assertThat(run(DEADLINE.minusDays(30), smtp.getSmtp().getPort(), "--audit.remind.attach-workbook=true")).isZero();

		MimeMessage owner = smtp.getReceivedMessagesForDomain("wanglei@example.com")[0];
		assertThat(GreenMailUtil.getBody(owner)).contains("filename*=UTF-8''%E7%8E%8B%E8%95%BE.xlsx")
			.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		MimeMessage manager = smtp.getReceivedMessagesForDomain("lina@example.com")[0];
		assertThat(GreenMailUtil.getBody(manager)).doesNotContain(".xlsx");
	}

	@Test
	void aSecondRunTheSameDaySendsNothingTwice() throws Exception {
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(30))).hasSize(3);
		try (Workbook report = WorkbookFactory.create(root.resolve("reports/filing-audit-2026-11-01.xlsx").toFile())) {
			List<String> reminded = new ArrayList<>();
			Sheet expiring = report.getSheet("即将到期");
			int column = -1;
			for (Cell cell : expiring.getRow(0)) {
				column = "已提醒".equals(cell.getStringCellValue()) ? cell.getColumnIndex() : column;
			}
			for (int r = 1; r <= expiring.getLastRowNum(); r++) {
				reminded.add(expiring.getRow(r).getCell(column).getStringCellValue());
			}
			assertThat(reminded).as("the report shows the reminder it sends").containsOnly("提前 30 天，2026-11-01");
		}

		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(30))).isEmpty();
	}

	/**
	 * A kill can lose a run's last commits (HSQLDB writes its log every half second): the remind step, its digests
	 * written, is then run again when the run resumes. It writes none twice and the run completes.
	 */
	@Test
	void aRemindStepRunAgainAfterItsDigestsWereWrittenWritesNoneTwice() throws Exception {
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(45))).hasSize(3);
		try (Connection db = database(); Statement sql = db.createStatement()) {
			sql.executeUpdate("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED' "
					+ "WHERE STEP_NAME IN ('remind', 'report')");
			sql.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED'");
		}

		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(45))).isEmpty();
		assertThat(query("SELECT CHANNEL || ' ' || RECIPIENT FROM OUTBOX ORDER BY 1")).containsExactly("EMAIL Chen Hao",
				"EMAIL 王蕾", "MANAGER 李娜");
		assertThat(query("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")).containsExactly("FAILED",
				"COMPLETED");
	}

	@Test
	void afterFiveDaysDownOneReminderCoversEveryTierCrossed() throws Exception {
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(17))).hasSize(3);

		List<String> after = deliveredAfterRunAsOf(DEADLINE.minusDays(12));

		assertThat(after).containsExactlyInAnyOrder("wanglei@example.com 【证照提醒】1 项待处理，最近截止 2026-12-01",
				"chen@example.com [Filing reminder] 1 to act on, nearest deadline 2026-12-01");
		assertThat(query("""
				SELECT TIER || '>' || SENT_TIER FROM REMINDER_TIER WHERE OWNER_NAME = '王蕾' ORDER BY TIER DESC"""))
			.as("the first run covered 45 and 30; five days later, 15").containsExactly("45>30", "30>30", "15>15");
	}

	@Test
	void aServerThatIsDownThenUpEndsWithEveryReminderDeliveredOnce() throws Exception {
		int port = smtp.getSmtp().getPort();
		smtp.stop();
		assertThat(run(DEADLINE.minusDays(45), port)).isZero();
		assertThat(query("SELECT STATUS FROM OUTBOX")).containsOnly("FAILED").hasSize(3);

		smtp = new GreenMail(ServerSetupTest.SMTP.port(port));
		smtp.start();
		assertThat(run(DEADLINE.minusDays(44), port)).isZero();
		assertThat(delivered()).hasSize(3);
		assertThat(run(DEADLINE.minusDays(43), port)).isZero();
		assertThat(delivered()).hasSize(3);
	}

	/** Two companies claiming one number are one filing to the reminders: its tiers are reminded once, not twice. */
	@Test
	void aNumberTwoCompaniesClaimIsRemindedOnceEachTier() throws Exception {
		register("""
				康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,%s,王蕾
				康源医药（北京）有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,%s,王蕾
				""".formatted(EXPIRY, EXPIRY));

		// the claim makes it Risky today: reminded at once, to the owner and the manager
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(30))).containsExactlyInAnyOrder(
				"wanglei@example.com 【证照提醒】2 项待处理，最近截止 2026-11-01",
				"lina@example.com 【证照提醒】您团队的 2 项需跟进，最近截止 2026-11-01");
		assertThat(deliveredAfterRunAsOf(DEADLINE.minusDays(29))).isEmpty();
		try (Connection db = database(); ResultSet tiers = db.createStatement().executeQuery("""
				SELECT FINDING, TIER, COUNT(*) FROM REMINDER_TIER GROUP BY FINDING, TIER ORDER BY FINDING, TIER""")) {
			List<String> reached = new ArrayList<>();
			while (tiers.next()) {
				reached.add(tiers.getString(1) + " " + tiers.getInt(2) + " ×" + tiers.getInt(3));
			}
			assertThat(reached).isNotEmpty().allMatch(line -> line.endsWith(" ×1"));
		}
	}

	/** Runs one audit as of a day and returns the mails that arrived because of it: address and subject. */
	private List<String> deliveredAfterRunAsOf(LocalDate asOf) throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		assertThat(run(asOf, smtp.getSmtp().getPort())).isZero();
		return delivered();
	}

}
