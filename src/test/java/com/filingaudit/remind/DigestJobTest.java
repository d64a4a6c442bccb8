package com.filingaudit.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * What a digest says, and when the tiers of other kinds of deadline fire: an annual report, a 30-day-lead type with a
 * 45-day horizon, a filing renewed with a new expiry.
 */
class DigestJobTest extends ReminderRuns {

	@Test
	void eachItemSaysTheCompanyNumberDaysLeftWhatToDoTheMaterialsAndLinksToTheDesk() throws Exception {
		people("""
				王蕾,wanglei@example.com,李娜,zh-CN
				Chen Hao,chen@example.com,Anna Smith,en
				李娜,lina@example.com,,zh-CN
				Anna Smith,anna@example.com,,en
				""");

		assertThat(run(DEADLINE.minusDays(30), smtp.getSmtp().getPort(),
				"--audit.desk.base-url=https://audit.example.com/")).isZero();

		assertThat(plainTextTo("wanglei@example.com")).contains("1 项待处理 · 最近截止 2026-12-01（剩余 30 天）")
			.contains("1. 康源医药科技有限公司 — 剩余 30 天 (截止 2026-12-01) [即将到期]")
			.contains("互联网药品信息服务资格证书 · (京)-非经营性-2021-0001")
			.contains("要做：将于 2026-12-31 到期。请在 2026-12-01 前提交续期申请（到期前 30 日）。")
			.contains("需准备：续期（延续）申请表；营业执照副本")
			.contains("https://audit.example.com/filings?q=%E5%BA%B7%E6%BA%90")
			.doesNotContain("Owner", "负责人");
		assertThat(plainTextTo("chen@example.com")).contains("1. Acme Health Ltd — 30 days left (Deadline 2026-12-01)")
			.contains("To do: Expires on 2026-12-31. File the renewal by 2026-12-01 (30 days before expiry).")
			.contains("Prepare: renewal application form; copy of the business licence")
			.contains("https://audit.example.com/filings?q=Acme+Health+Ltd");
		assertThat(plainTextTo("lina@example.com")).contains("康源医药科技有限公司").contains("负责人：王蕾")
			.doesNotContain("Acme");
		assertThat(plainTextTo("anna@example.com")).as("an English manager reads English")
			.contains("Your team: 1 to follow up · Nearest deadline 2026-12-01 (30 days left)")
			.contains("Acme Health Ltd")
			.contains("Owner: Chen Hao");
	}

	@Test
	void anAnnualReportIsRemindedAtItsOwnTiersWithItsOwnMaterials() throws Exception {
		// an ICP licence expiring 2026-06-01: renewal due by 2026-03-03 (90 days before), this year's annual report
		// (last filed in 2025) by 2026-03-31
		Files.writeString(input.resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至,负责人,最近年报日期
				北京星河网络科技有限公司,增值电信业务经营许可证（ICP）,京B2-20210001,2026-06-01,王蕾,2025-03-10
				""");

		assertThat(run(LocalDate.of(2026, 2, 20), smtp.getSmtp().getPort())).isZero();

		String[] items = plainTextTo("wanglei@example.com").split("\n\n");
		assertThat(items[1]).contains("剩余 11 天 (截止 2026-03-03)").contains("续期（延续）申请表")
			.doesNotContain("年报");
		assertThat(items[2]).contains("剩余 39 天 (截止 2026-03-31)")
			.contains("在电信业务市场综合管理信息系统填报上一年度年报")
			.doesNotContain("续期（延续）申请表");
		assertThat(query("SELECT FINDING || ' ' || TIER || '>' || SENT_TIER FROM REMINDER_TIER ORDER BY FINDING, TIER"))
			.containsExactly("ANNUAL_REPORT_DUE 45>45", "RENEWAL_DUE 15>15", "RENEWAL_DUE 30>15", "RENEWAL_DUE 45>15");
	}

	@Test
	void aThirtyDayLeadTypeIsFirstRemindedFortyFiveDaysBeforeItExpires() throws Exception {
		LocalDate expiry = LocalDate.of(2026, 12, 10);
		register("北京星河网络科技有限公司,网络文化经营许可证,京网文[2023]1234-001号,%s,王蕾\n".formatted(expiry));

		assertThat(run(expiry.minusDays(46), smtp.getSmtp().getPort())).isZero();
		assertThat(delivered()).isEmpty();
		assertThat(run(expiry.minusDays(45), smtp.getSmtp().getPort())).isZero();
		assertThat(delivered()).containsExactlyInAnyOrder("wanglei@example.com 【证照提醒】1 项待处理，最近截止 2026-11-10",
				"lina@example.com 【证照提醒】您团队的 1 项需跟进，最近截止 2026-11-10");
	}

	@Test
	void aRenewedFilingStartsItsTiersAfreshAtItsNewDeadline() throws Exception {
		register("康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,%s,王蕾\n".formatted(EXPIRY));
		assertThat(run(DEADLINE.minusDays(30), smtp.getSmtp().getPort())).isZero();
		assertThat(delivered()).hasSize(2);

		// renewed: the register now gives a later expiry, whose deadline is 45 days after the next run
		register("康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,2027-01-20,王蕾\n");
		smtp.purgeEmailFromAllMailboxes();
		assertThat(run(LocalDate.of(2026, 11, 6), smtp.getSmtp().getPort())).isZero();

		assertThat(delivered()).containsExactlyInAnyOrder("wanglei@example.com 【证照提醒】1 项待处理，最近截止 2026-12-21",
				"lina@example.com 【证照提醒】您团队的 1 项需跟进，最近截止 2026-12-21");
	}

}
