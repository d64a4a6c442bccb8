package com.filingaudit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.remind.PeopleImport;
import com.filingaudit.remind.Person;
import com.filingaudit.system.Messages;

/** A person's reminders in their desk inbox (站内信), seen in the browser by the user linked to them. */
class InboxBrowserTest {

	@TempDir
	Path root;

	private DeskInBrowser session;

	private ConfigurableApplicationContext desk;

	private WebDriver browser;

	@BeforeEach
	void start() throws IOException {
		Files.writeString(Files.createDirectories(root.resolve("input")).resolve("r.csv"), """
				企业名称,许可类型,证书编号,有效期至,负责人
				康源医药科技有限公司,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,2026-12-31,王蕾
				早已过期公司,ICP证,京B2-20200001,2026-10-01,王蕾
				""");
		session = new DeskInBrowser(root, "admin-password-1");
		desk = session.desk;
		browser = session.browser;
	}

	@AfterEach
	void stop() {
		if (session != null) {
			session.close();
		}
	}

	@Test
	void aLinkedUserSeesTheirRemindersInTheInboxAndMarksThemRead() throws IOException {
		desk.getBean(DeskUsers.class).add("wanglei", "wanglei-password", Role.VIEWER);
		assertThat(desk.getBean(PeopleImport.class).save(new Person("王蕾", "wanglei@example.com", null, "zh-CN", "wanglei"),
				Messages.of("zh-CN"))).isEmpty();
		assertThat(desk.getBean(AuditLauncher.class).run(LocalDate.of(2026, 11, 1), Duration.ZERO).completed()).isTrue();
		String base = session.base;

		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys("wanglei");
		browser.findElement(By.id("password")).sendKeys("wanglei-password");
		session.clickToLoad(By.id("sign-in"));
		assertThat(browser.findElement(By.id("unread")).getText()).isEqualTo("2");
		session.clickToLoad(By.id("nav-inbox"));
		String inbox = browser.findElement(By.id("inbox-items")).getText();
		assertThat(inbox).contains("康源医药科技有限公司", "提前 30 天", "早已过期公司", "立即");
		session.screenshot("12-inbox");

		session.clickToLoad(By.id("read-all"));
		assertThat(browser.findElements(By.id("unread"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#inbox-items li.unread"))).isEmpty();

		browser.get(base + "/people");
		assertThat(browser.findElement(By.id("email-off")).getText()).contains("spring.mail.host");
		session.clickToLoad(By.linkText("王蕾"));
		assertThat(browser.findElement(By.id("sent")).getText()).as("per person: tier, channel, when, how it went")
			.contains("2026-11-01", "康源医药科技有限公司", "提前 30 天", "早已过期公司", "立即", "待发送");
		session.screenshot("13-person-reminders");
	}

}
