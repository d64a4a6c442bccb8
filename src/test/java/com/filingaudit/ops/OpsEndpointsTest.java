package com.filingaudit.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.filingaudit.FilingAuditApplication;
import com.filingaudit.desk.DeskService;
import com.filingaudit.job.AuditLauncher;

/**
 * The Actuator endpoints in service mode, after one real audit: only liveness is open; the rest need a signed-in
 * analyst (desk session or HTTP Basic); health follows the folders and the last run; Prometheus shows the run's numbers.
 */
@SpringBootTest(classes = FilingAuditApplication.class)
@AutoConfigureMockMvc
class OpsEndpointsTest {

	static final String ADMIN_PASSWORD = DeskService.ADMIN_PASSWORD;

	@TempDir
	static Path root;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		DeskService.register(registry, root);
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
		// four rows: one risky (its licence lapses within the warning lead), one lapsed, one fine, one blank (read, not
		// audited)
		Files.writeString(input.resolve("r.csv"), """
				企业名称,统一社会信用代码,许可类型,证书编号,有效期至,负责人
				康源医药科技有限公司,91110105MA01ABCD2X,互联网药品信息服务资格证书,(京)-非经营性-2021-0001,2026-12-31,王蕾
				早已过期公司,,ICP证,京B2-20200001,2026-10-01,赵六
				长久公司,,ICP证,京B2-20200002,2030-10-01,赵六
				,,,,,
				""");
		assertThat(launcher.run(LocalDate.of(2026, 11, 1), Duration.ZERO).completed()).isTrue();
	}

	@Test
	void livenessIsOpenWithoutSignIn() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
			"/actuator/prometheus", "/actuator/metrics" })
	void everythingElseNeedsASignedInUser(String endpoint) throws Exception {
		mvc.perform(get(endpoint)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void viewersAreRefusedAnalystsAndAdminsServed() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/info").with(user("a").roles("ANALYST"))).andExpect(status().isOk());
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin().user("admin").password(ADMIN_PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(get("/actuator/health").session(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.folders.status").value("UP"))
			.andExpect(jsonPath("$.components.lastRun.status").value("UP"))
			.andExpect(jsonPath("$.components.lastRun.details.status").value("COMPLETED"))
			.andExpect(jsonPath("$.components.lastRun.details.asOf").value("2026-11-01"));
	}

	@Test
	void aScraperSignsInWithHttpBasicAndAWrongPasswordIsRefused() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void infoNamesTheVersionCatalogAndCalendarAsTheReportDoes() throws Exception {
		mvc.perform(get("/actuator/info").with(user("a").roles("ANALYST"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"))
			.andExpect(jsonPath("$.audit.catalog").isNotEmpty())
			.andExpect(jsonPath("$.audit.calendar").value(org.hamcrest.Matchers.matchesPattern("\\d{4}(–\\d{4})?")));
	}

	@Test
	void healthIsDownWhileTheReportsFolderCannotBeWritten() throws Exception {
		Path reports = root.resolve("reports");
		Path aside = root.resolve("reports-aside");
		Files.move(reports, aside);
		Files.writeString(reports, "a file where the folder should be");
		try {
			mvc.perform(get("/actuator/health").with(user("a").roles("ANALYST")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"))
				.andExpect(jsonPath("$.components.folders.status").value("DOWN"));
			// liveness is the process, not its folders: an orchestrator must not restart it for this
			mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		}
		finally {
			Files.delete(reports);
			Files.move(aside, reports);
		}
		mvc.perform(get("/actuator/health").with(user("a").roles("ANALYST"))).andExpect(status().isOk());
	}

	@Test
	void prometheusShowsTheRunsRowsAndFindings() throws Exception {
		String text = mvc.perform(get("/actuator/prometheus").with(user("a").roles("ANALYST")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(value(text, "audit_last_run_rows{kind=\"read\"}")).isEqualTo(4);
		assertThat(value(text, "audit_last_run_rows{kind=\"audited\"}")).isEqualTo(3);
		assertThat(value(text, "audit_last_run_rows{kind=\"rejected\"}")).isZero();
		assertThat(value(text, "audit_last_run_findings{group=\"lapsed\"}")).isEqualTo(1);
		assertThat(value(text, "audit_last_run_findings{group=\"risky\"}")).isEqualTo(1);
		assertThat(value(text, "audit_last_run_findings{group=\"expiring\"}")).isZero();
		assertThat(value(text, "audit_last_run_findings{group=\"ok\"}")).isEqualTo(1);
		// the same numbers as the run history, which the report's Summary shows
		for (String group : new String[] { "LAPSED", "RISKY", "EXPIRING", "OK", "REJECTED" }) {
			assertThat(value(text, "audit_last_run_findings{group=\"" + group.toLowerCase() + "\"}"))
				.isEqualTo(jdbc.queryForObject("SELECT " + group + " FROM AUDIT_RUN", Double.class));
		}
		assertThat(value(text, "audit_last_run_duration_seconds")).isPositive();
		assertThat(value(text, "audit_reminders_sent_total")).isZero();
	}

	private static double value(String prometheus, String series) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(prometheus);
		assertThat(line.find()).as(series + " in\n" + prometheus).isTrue();
		return Double.parseDouble(line.group(1));
	}

}
