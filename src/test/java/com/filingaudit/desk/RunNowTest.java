package com.filingaudit.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.job.AuditLauncher;
import com.filingaudit.job.RunOutcome;
import com.filingaudit.job.RunProgress;

/**
 * Run now says "started" only of an audit that began: one refused before its job starts (here: no input folder) says
 * why, at once and on the Runs page; a second request while one runs is told so.
 */
@SpringBootTest(classes = FilingAuditApplication.class)
@AutoConfigureMockMvc
class RunNowTest {

	@TempDir
	static Path root;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	AuditLauncher launcher;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		// no input folder is ever made: every real run is refused before its job starts
		DeskService.register(registry, root);
	}

	@Test
	void aRunRefusedBeforeItsJobStartsSaysWhyAndIsListedOnTheRunsPage() throws Exception {
		mvc.perform(post("/runs").param("asOf", "2026-03-02").with(user("a").roles("ANALYST")).with(csrf()))
			.andExpect(flash().attribute("notice", "desk.runs.refused"))
			.andExpect(flash().attribute("reason", org.hamcrest.Matchers.containsString("does not exist")));

		String page = mvc.perform(get("/runs").with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page.substring(page.indexOf("id=\"runs\""))).contains("2026-03-02", "未能开始", "does not exist");
		assertThat(page.substring(page.indexOf("id=\"last-run\""))).contains("未能开始", "does not exist");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DESK_EVENT WHERE ACTION = 'RUN_REFUSED' AND USERNAME = 'a'",
				Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DESK_EVENT WHERE ACTION = 'RUN_STARTED'", Integer.class))
			.isZero();
	}

	@Test
	void aSecondRunNowWhileOneRunsIsToldSoAndTheRunningOneIsARowOfTheHistory() throws Exception {
		CountDownLatch end = new CountDownLatch(1);
		CountDownLatch ended = new CountDownLatch(1);
		doReturn(Optional.of(new RunProgress(7, LocalDate.of(2026, 3, 3), Duration.ofSeconds(4), "audit",
				Duration.ofSeconds(3), null, List.of()))).when(launcher).progress();
		doAnswer(call -> {
			end.await(30, TimeUnit.SECONDS);
			ended.countDown();
			return new RunOutcome(true, false, root.resolve("reports/filing-audit-2026-03-03.xlsx"), null, null);
		}).when(launcher).run(any(), any());
		try {
			mvc.perform(post("/runs").param("asOf", "2026-03-03").with(user("a").roles("ANALYST")).with(csrf()))
				.andExpect(flash().attribute("notice", "desk.runs.begun"));

			mvc.perform(post("/runs").param("asOf", "2026-03-04").with(user("b").roles("ANALYST")).with(csrf()))
				.andExpect(flash().attribute("notice", "desk.runs.busy"));
			String page = mvc.perform(get("/runs").with(user("v").roles("VIEWER"))).andReturn().getResponse()
				.getContentAsString();
			String history = page.substring(page.indexOf("id=\"runs\""));
			assertThat(history.substring(0, history.indexOf("</tr>", history.indexOf("<tbody>"))))
				.contains("2026-03-03", "运行中");
			assertThat(page.substring(page.indexOf("id=\"progress\""), page.indexOf("id=\"runs\"")))
				.as("durations in the page's language").contains("共用时 4 秒", "本阶段 3 秒");
		}
		finally {
			end.countDown();
			assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
		}
	}

}
