package com.filingaudit.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.filingaudit.FilingAuditApplication;

/**
 * The desk's security rules through its own filter chain: sign-in for every page and download, roles for what
 * changes things, CSRF on every form, no path from a request reaching the file system.
 */
@SpringBootTest(classes = FilingAuditApplication.class)
@AutoConfigureMockMvc
class DeskSecurityTest {

	static final String ADMIN_PASSWORD = DeskService.ADMIN_PASSWORD;

	@TempDir
	static Path root;

	@Autowired
	MockMvc mvc;

	@Autowired
	DeskUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeskEvents events;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		DeskService.register(registry, root);
		registry.add("audit.ingest.max-file-mb", () -> "1");
	}

	@BeforeAll
	static void reports() throws IOException {
		Path reports = Files.createDirectories(root.resolve("reports"));
		Files.writeString(reports.resolve("filing-audit-2026-03-02.xlsx"), "workbook");
		Files.writeString(reports.resolve("secret.txt"), "not for download");
		Files.writeString(Files.createDirectories(reports.resolve("2026-03-02")).resolve("王经理.xlsx"), "owner");
		Files.createDirectories(root.resolve("input"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/runs", "/runs/progress", "/input", "/filings?q=x", "/users", "/log",
			"/reports/2026-03-02", "/reports/2026-03-02/王经理.xlsx", "/error", "/people", "/inbox" })
	void everyPageAndDownloadNeedsASignedInUser(String page) throws Exception {
		mvc.perform(get(URI.create(encodePath(page)))).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void signInPageAndStylesAreOpenAndEveryResponseCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/desk.css")).andExpect(status().isOk());
	}

	@Test
	void theFirstAdminSignsInWithTheGivenPasswordAndSeesToday() throws Exception {
		MvcResult signIn = mvc.perform(formLogin().user("admin").password(ADMIN_PASSWORD))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		mvc.perform(get("/").session((MockHttpSession) signIn.getRequest().getSession()))
			.andExpect(status().isOk());
		mvc.perform(formLogin().user("admin").password("wrong-password")).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void viewersReadAndDownloadButCannotUploadDeleteRunOrManageUsers() throws Exception {
		mvc.perform(get("/input").with(user("v").roles("VIEWER"))).andExpect(status().isOk());
		mvc.perform(get("/reports/2026-03-02").with(user("v").roles("VIEWER"))).andExpect(status().isOk());
		mvc.perform(multipart("/input").file(register("a.csv")).with(user("v").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/input/delete").param("name", "a.csv").with(user("v").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/runs").param("asOf", "2026-03-02").with(user("v").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/users").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(get("/log").with(user("a").roles("ANALYST"))).andExpect(status().isForbidden());
		assertThat(Files.exists(root.resolve("input/a.csv"))).isFalse();
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		mvc.perform(post("/runs").param("asOf", "2026-03-02").with(user("a").roles("ANALYST")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/input").file(register("b.csv")).with(user("a").roles("ANALYST")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/users").param("username", "eve").param("password", "0123456789").param("role", "ADMIN")
			.with(user("root").roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(Files.exists(root.resolve("input/b.csv"))).isFalse();
		assertThat(users.find("eve")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/reports/2026-03-02/..%2F..%2Fsecret.txt", "/reports/..%2Fsecret.txt",
			"/reports/2026-03-02/%2Fetc%2Fpasswd", "/reports/%2Fetc%2Fpasswd", "/reports/2026-03-02/../secret.txt",
			"/reports/..", "/reports/2026-03-02/secret.txt", "/reports/secret.txt", "/reports/2026-03-02/.." })
	void aDownloadNamingAParentOrAnAbsolutePathIsRefused(String path) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(path)).with(user("a").roles("ANALYST"))).andReturn();

		assertThat(result.getResponse().getStatus()).as(path).isBetween(400, 499);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("not for download");
	}

	@Test
	void aDownloadKeepsItsChineseNameAndContentType() throws Exception {
		mvc.perform(get(URI.create(encodePath("/reports/2026-03-02/王经理.xlsx"))).with(user("v").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Downloads.XLSX.toString()))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename*=UTF-8''%E7%8E%8B%E7%BB%8F%E7%90%86.xlsx")));
	}

	@Test
	void anUploadNamedWithAPathLandsUnderItsOwnNameInTheInputFolder() throws Exception {
		mvc.perform(multipart("/input").file(register("../../x.csv")).file(register("..\\..\\y.csv"))
			.with(user("uploader").roles("ANALYST")).with(csrf())).andExpect(status().isFound());

		assertThat(Files.exists(root.resolve("input/x.csv"))).isTrue();
		assertThat(Files.exists(root.resolve("input/y.csv"))).isTrue();
		assertThat(Files.exists(root.resolve("x.csv"))).isFalse();
		assertThat(Files.exists(root.getParent().resolve("x.csv"))).isFalse();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DESK_EVENT WHERE ACTION = 'UPLOAD' AND USERNAME = 'uploader'",
				Integer.class)).isEqualTo(2);
	}

	@Test
	void anUploadNamedLikeAnOfficeLockFileOrHiddenFileIsNotLeftUnderThatName() throws Exception {
		mvc.perform(multipart("/input").file(register("~$lock.csv")).file(register(".hidden.csv"))
			.with(user("a").roles("ANALYST")).with(csrf())).andExpect(status().isFound());

		assertThat(inputNames()).doesNotContain("~$lock.csv", ".hidden.csv")
			.allSatisfy(name -> assertThat(name).doesNotStartWith("~").doesNotStartWith("."));
		assertThat(inputNames()).contains("lock.csv", "hidden.csv");
	}

	@Test
	void anUploadThatIsNoRegisterIsRefusedWithTheReportsReasonAndAnExistingFileIsNotOverwrittenUnasked()
			throws Exception {
		MvcResult prose = mvc.perform(multipart("/input")
			.file(new MockMultipartFile("files", "notes.csv", "text/csv", "hello\nworld\n".getBytes()))
			.with(user("a").roles("ANALYST")).with(csrf())).andReturn();
		assertThat(uploads(prose)).singleElement().satisfies(u -> assertThat(u.refused()).isNotBlank());
		assertThat(Files.exists(root.resolve("input/notes.csv"))).isFalse();

		mvc.perform(multipart("/input").file(register("same.csv")).with(user("a").roles("ANALYST")).with(csrf()));
		MvcResult again = mvc.perform(multipart("/input").file(register("same.csv"))
			.with(user("a").roles("ANALYST")).with(csrf())).andReturn();
		assertThat(uploads(again)).singleElement().satisfies(u -> assertThat(u.refused()).contains("same.csv"));
		MvcResult replaced = mvc.perform(multipart("/input").file(register("same.csv")).param("replace", "true")
			.with(user("a").roles("ANALYST")).with(csrf())).andReturn();
		assertThat(uploads(replaced)).singleElement().satisfies(u -> assertThat(u.refused()).isNull());
		assertThat(Files.list(root.resolve("input")).map(p -> p.getFileName().toString()))
			.noneMatch(name -> name.endsWith(".part"));
	}

	@Test
	void anUploadOverTheSizeCapIsRefusedAndLeavesNothingBehind() throws Exception {
		byte[] big = new byte[1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'x');

		MvcResult result = mvc.perform(multipart("/input")
			.file(new MockMultipartFile("files", "big.csv", "text/csv", big))
			.with(user("a").roles("ANALYST")).with(csrf())).andReturn();

		assertThat(uploads(result)).singleElement()
			.satisfies(u -> assertThat(u.refused()).contains("audit.ingest.max-file-mb"));
		assertThat(inputNames()).doesNotContain("big.csv").noneMatch(name -> name.endsWith(".part"));
	}

	@Test
	void repeatedFailedSignInsLockTheAccountForAWhileEvenWithTheRightPassword() throws Exception {
		users.add("target", "right-password-1", Role.VIEWER);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("target").password("guess-" + i)).andExpect(unauthenticated());
		}

		mvc.perform(formLogin().user("target").password("right-password-1")).andExpect(unauthenticated());
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM DESK_EVENT WHERE ACTION = 'SIGN_IN_FAILED' AND USERNAME = 'target'
				  AND DETAIL = 'LockedException'""", Integer.class)).isEqualTo(1);
		mvc.perform(formLogin().user("admin").password(ADMIN_PASSWORD)).andExpect(authenticated());
	}

	@Test
	void anAdminAddsAUserWhoCanThenSignInAndADisabledOneCannot() throws Exception {
		mvc.perform(post("/users").param("username", "analyst1").param("password", "analyst-pass-1")
			.param("role", "ANALYST").with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().isFound());
		mvc.perform(formLogin().user("analyst1").password("analyst-pass-1")).andExpect(authenticated().withRoles("ANALYST"));

		mvc.perform(post("/users/enabled").param("username", "analyst1").param("enabled", "false")
			.with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().isFound());
		mvc.perform(formLogin().user("analyst1").password("analyst-pass-1")).andExpect(unauthenticated());
	}

	@Test
	void disablingAnAccountOrResettingItsPasswordEndsItsSessions() throws Exception {
		users.add("signedin", "signed-in-pass-1", Role.ANALYST);
		MockHttpSession session = signIn("signedin", "signed-in-pass-1");
		mvc.perform(get("/").session(session)).andExpect(status().isOk());

		mvc.perform(post("/users/password").param("username", "signedin").param("password", "new-password-22")
			.with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().isFound());
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(formLogin().user("signedin").password("signed-in-pass-1")).andExpect(unauthenticated());

		MockHttpSession again = signIn("signedin", "new-password-22");
		mvc.perform(get("/runs").session(again)).andExpect(status().isOk());
		mvc.perform(post("/users/enabled").param("username", "signedin").param("enabled", "false")
			.with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().isFound());
		mvc.perform(get("/runs").session(again)).andExpect(redirectedUrl("/login?ended"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DESK_EVENT WHERE ACTION = 'PASSWORD_RESET' AND DETAIL = 'signedin'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void aWrongPasswordOnADisabledAccountDoesNotTellThatItIsDisabled() throws Exception {
		users.add("departed", "departed-pass-1", Role.VIEWER);
		users.setEnabled("departed", false);

		assertThat(signInFailure("departed", "a-wrong-guess")).isEqualTo("desk.login.failed");
		assertThat(signInFailure("nobody-here", "a-wrong-guess")).isEqualTo("desk.login.failed");
		assertThat(signInFailure("departed", "departed-pass-1")).isEqualTo("desk.login.disabled");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void withNoPasswordGivenTheFirstAdminGetsARandomOnePrintedOnceThatSignsIn(CapturedOutput output) throws Exception {
		// the other tests' accounts are set aside: the first admin is made only when there is no account
		jdbc.execute("CREATE TABLE KEPT_USER AS (SELECT * FROM DESK_USER) WITH DATA");
		jdbc.update("DELETE FROM DESK_USER");
		FirstAdmin first = new FirstAdmin(users, new DeskProperties(null, 5, Duration.ofMinutes(1)), events);
		try {
			first.run(null);
			first.run(null);
			Matcher printed = Pattern.compile("'admin' with the password (\\S+) \\(shown once").matcher(output.getAll());
			assertThat(printed.find()).isTrue();
			String password = printed.group(1);
			assertThat(printed.find()).as("printed once").isFalse();
			assertThat(password).hasSizeGreaterThanOrEqualTo(DeskUsers.MIN_PASSWORD).isNotEqualTo(ADMIN_PASSWORD);
			mvc.perform(formLogin().user("admin").password(password)).andExpect(authenticated().withRoles("ADMIN"));
		}
		finally {
			jdbc.update("DELETE FROM DESK_USER");
			jdbc.update("INSERT INTO DESK_USER SELECT * FROM KEPT_USER");
			jdbc.execute("DROP TABLE KEPT_USER");
		}
	}

	@Test
	void anAnalystDeletesAnInputFileAndTheLogSaysSo() throws Exception {
		Files.writeString(root.resolve("input/old.csv"), "x");

		mvc.perform(post("/input/delete").param("name", "old.csv").with(user("deleter").roles("ANALYST")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("deleted", "old.csv"));

		assertThat(inputNames()).doesNotContain("old.csv");
		assertThat(jdbc.queryForObject("SELECT DETAIL FROM DESK_EVENT WHERE ACTION = 'DELETE' AND USERNAME = 'deleter'",
				String.class)).isEqualTo("old.csv");
	}

	@Test
	void anUploadNamedLikeAnExcelLockFileLandsUnderItsPlainName() throws Exception {
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("台账");
			String[][] rows = { { "企业名称", "许可类型", "证书编号", "有效期至" }, { "甲公司", "ICP证", "京B2-20220001", "2027-01-01" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(workbook);
		}

		mvc.perform(multipart("/input").file(new MockMultipartFile("files", "~$x.xlsx", null, workbook.toByteArray()))
			.with(user("a").roles("ANALYST")).with(csrf())).andExpect(status().isFound());

		assertThat(inputNames()).contains("x.xlsx").doesNotContain("~$x.xlsx");
	}

	@Test
	void aViewerCannotSaveOrImportPeople() throws Exception {
		mvc.perform(post("/people").param("name", "王蕾").param("email", "w@example.com").param("locale", "zh-CN")
			.with(user("v").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM PERSON WHERE NAME = '王蕾'", Integer.class)).isZero();
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** The message the sign-in page shows after a failed sign-in. */
	private Object signInFailure(String username, String password) throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
			.andExpect(unauthenticated())
			.andReturn()
			.getRequest()
			.getSession();
		return mvc.perform(get("/login").param("error", "").session(session)).andReturn().getModelAndView().getModel()
			.get("failure");
	}

	@SuppressWarnings("unchecked")
	private static List<InputShelf.Upload> uploads(MvcResult result) {
		return (List<InputShelf.Upload>) result.getFlashMap().get("uploads");
	}

	private static List<String> inputNames() throws IOException {
		try (Stream<Path> files = Files.list(root.resolve("input"))) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

	private static MockMultipartFile register(String name) {
		return new MockMultipartFile("files", name, "text/csv", """
				企业名称,许可类型,证书编号,发证日期,有效期至
				甲公司,ICP证,京B2-20220001,2022-01-01,2027-01-01
				""".getBytes(StandardCharsets.UTF_8));
	}

	private static String encodePath(String page) {
		return org.springframework.web.util.UriUtils.encodePath(page, StandardCharsets.UTF_8);
	}

}
