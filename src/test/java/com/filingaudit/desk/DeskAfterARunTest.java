package com.filingaudit.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.job.AuditLauncher;

/**
 * The desk's pages after a real audit: what the Input page says of each file, the Filings search and a filing's
 * reminders through each channel, the People page. Mail goes to a port nobody listens on, so that sending fails with
 * the server's answer.
 */
@SpringBootTest(classes = FilingAuditApplication.class)
@AutoConfigureMockMvc
class DeskAfterARunTest {

	static final String PROSE = "hello\nworld\n";

	@TempDir
	static Path root;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		DeskService.register(registry, root);
		registry.add("spring.mail.host", () -> "localhost");
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("spring.mail.port", () -> closed);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
	}

	/** The audit runs once, before the first test: the tests only read what it left. */
	private static boolean audited;

	@BeforeEach
	void audit() throws Exception {
		if (audited) {
			return;
		}
		audited = true;
		Path input = Files.createDirectories(root.resolve("input"));
		Files.writeString(input.resolve("r.csv"), """
				企业名称,统一社会信用代码,许可类型,证书编号,有效期至,负责人
				康源医药科技有限公司,91110105MA01ABCD2X,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,2026-12-31,王蕾
				康源医药科技有限公司,91110105MA01ABCD2X,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,2026-12-31,王蕾
				早已过期公司,,ICP证,京B2-20200001,2026-10-01,赵六
				""");
		Files.writeString(input.resolve("prose.csv"), PROSE);
		mvc.perform(post("/people").param("name", "李娜").param("email", "lina@example.com")
			.with(user("analyst").roles("ANALYST")).with(csrf())).andExpect(status().isFound());
		mvc.perform(post("/people").param("name", "王蕾").param("email", "wanglei@example.com").param("manager", "李娜")
			.param("deskUser", "admin").with(user("analyst").roles("ANALYST")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(launcher.run(LocalDate.of(2026, 11, 1), Duration.ZERO).completed()).isTrue();
	}

	@Test
	void theInputPageCountsEachFilesSupersededRows() throws Exception {
		MvcResult page = mvc.perform(get("/input").with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn();

		InputPage.LastSaid said = said(page).get("r.csv");
		assertThat(said.superseded()).isEqualTo(1);
		assertThat(said.audited()).isEqualTo(3);
		assertThat(page.getResponse().getContentAsString()).contains("被取代");
	}

	@Test
	void anUploadThatIsNoRegisterIsRefusedWithTheReasonTheRunGaveForSuchAFile() throws Exception {
		List<String> runSaid = said(mvc.perform(get("/input").with(user("v").roles("VIEWER"))).andReturn())
			.get("prose.csv").notes();

		MvcResult upload = mvc.perform(multipart("/input")
			.file(new MockMultipartFile("files", "prose-again.csv", "text/csv", PROSE.getBytes(StandardCharsets.UTF_8)))
			.with(user("a").roles("ANALYST")).with(csrf())).andReturn();

		@SuppressWarnings("unchecked")
		List<InputShelf.Upload> uploads = (List<InputShelf.Upload>) upload.getFlashMap().get("uploads");
		assertThat(runSaid).singleElement().isEqualTo(uploads.get(0).refused());
	}

	@Test
	void filingsAreFoundByCreditCodeFilingNumberOrOwner() throws Exception {
		assertThat(companiesFound("MA01ABCD")).containsExactly("康源医药科技有限公司");
		assertThat(companiesFound("京b2-20200001")).containsExactly("早已过期公司");
		assertThat(companiesFound("赵六")).containsExactly("早已过期公司");
		assertThat(companiesFound("王蕾")).containsExactly("康源医药科技有限公司");
	}

	@Test
	void aFilingListsItsRemindersWithChannelWhenAndHowEachWent() throws Exception {
		String error = jdbc.queryForObject(
				"SELECT LAST_ERROR FROM OUTBOX WHERE CHANNEL = 'EMAIL' AND RECIPIENT = '王蕾'", String.class);
		assertThat(error).isNotBlank();

		String page = mvc.perform(get("/filings").param("q", "康源").with(user("v").roles("VIEWER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		String reminded = page.substring(page.indexOf("id=\"reminded\""));
		assertThat(reminded).contains("2026-11-01", "待续期", "提前 30 天", "邮件（负责人）", "上级汇总邮件", "站内信", "王蕾",
				"李娜", "失败，稍后重试", "已送达，未读", HtmlUtils.htmlEscape(error));
	}

	@Test
	void thePeoplePageListsPeopleSavedThroughTheDeskAndOwnersTheDirectoryLacks() throws Exception {
		String page = mvc.perform(get("/people").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page.substring(page.indexOf("id=\"people\""))).contains("王蕾", "wanglei@example.com", "李娜");
		String missing = page.substring(page.indexOf("id=\"missing-owners\""));
		assertThat(missing.substring(0, missing.indexOf("</p>"))).contains("赵六").doesNotContain("王蕾");
	}

	@Test
	void todayAndTheRunsTableOfferTheOwnersWorkbooksInAMenu() throws Exception {
		for (String page : List.of("/", "/runs")) {
			String html = mvc.perform(get(page).with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			String menu = html.substring(html.indexOf("<details class=\"owners\""));
			assertThat(menu.substring(0, menu.indexOf("</details>"))).as(page).contains("王蕾.xlsx", "赵六.xlsx");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, InputPage.LastSaid> said(MvcResult page) {
		return (Map<String, InputPage.LastSaid>) page.getModelAndView().getModel().get("said");
	}

	@SuppressWarnings("unchecked")
	private List<String> companiesFound(String q) throws Exception {
		return ((List<FilingView>) mvc.perform(get("/filings").param("q", q).with(user("v").roles("VIEWER")))
			.andReturn().getModelAndView().getModel().get("found")).stream().map(FilingView::company).toList();
	}

}
