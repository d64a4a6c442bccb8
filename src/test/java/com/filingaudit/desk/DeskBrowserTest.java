package com.filingaudit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk in a real browser (headless Chromium through Selenium), as an analyst uses it: sign in, upload a register,
 * run now and watch it, download the workbook, search a filing and its history, switch language, sign out. Each page
 * is saved as a screenshot under {@code target/desk-screenshots}.
 */
class DeskBrowserTest {

	private static final String PASSWORD = "browser-test-password";

	/** Enough rows that the run takes a few seconds: long enough to see its progress. */
	private static final int ROWS = 24_000;

	@TempDir
	Path root;

	private DeskInBrowser session;

	private WebDriver browser;

	private String base;

	@BeforeEach
	void start() throws IOException {
		session = new DeskInBrowser(root, PASSWORD);
		browser = session.browser;
		base = session.base;
	}

	@AfterEach
	void stop() {
		if (session != null) {
			session.close();
		}
	}

	@Test
	void anAnalystUploadsRunsWatchesDownloadsSearchesAndSignsOut() throws Exception {
		browser.get(base + "/runs");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		screenshot("01-login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		session.clickToLoad(By.id("sign-in"));
		browser.get(base + "/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("尚无完成的审计。");
		screenshot("02-today-before-any-run");

		Path register = writeRegister(root.resolve("客户证照台账.csv"));
		browser.get(base + "/input");
		browser.findElement(By.id("files")).sendKeys(register.toAbsolutePath().toString());
		assertThat(browser.findElement(By.id("chosen")).getText()).as("the invisible input's choice is shown")
			.isEqualTo("已选择 1 个文件： 客户证照台账.csv");
		screenshot("03-input-file-chosen");
		browser.findElement(By.id("upload")).click();
		assertThat(waitFor(By.id("upload-results")).getText()).contains("客户证照台账.csv");
		assertThat(browser.findElement(By.id("input-files")).getText()).contains("客户证照台账.csv");
		screenshot("03-input-uploaded");

		browser.get(base + "/runs");
		WebElement asOf = browser.findElement(By.id("as-of-date"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-02'", asOf);
		browser.findElement(By.id("run-now")).click();
		assertThat(waitFor(By.id("notice")).getText()).isEqualTo("审计已开始，进度见下方。");
		WebElement rowsRead = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#progress td.num")));
		assertThat(rowsRead.getText()).matches("[\\d,]+");
		// the file's total: estimated from its size while it is read (~), exact once read
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
			.textMatches(By.cssSelector("#progress-files td:nth-child(3)"), Pattern.compile("~?[\\d,]+")));
		screenshot("04-runs-in-progress");
		WebElement workbookLink = new WebDriverWait(browser, Duration.ofSeconds(120))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("last-workbook")));
		assertThat(browser.findElement(By.id("runs")).getText()).contains("2026-03-02", "已完成");
		screenshot("05-runs-completed");

		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(workbookLink.getAttribute("href"))))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("概览");
			List<String> lapsed = new ArrayList<>();
			workbook.getSheet("已失效").forEach(row -> lapsed.add(new DataFormatter().formatCellValue(row.getCell(0))));
			assertThat(lapsed).contains("甲科技有限公司");
		}

		browser.get(base + "/");
		assertThat(browser.findElement(By.id("as-of")).getText()).isEqualTo("2026-03-02");
		assertThat(browser.findElement(By.id("count-LAPSED")).getText()).isEqualTo("6,000");
		assertThat(browser.findElement(By.id("urgent")).getText()).contains("甲科技有限公司");
		screenshot("06-today");

		browser.get(base + "/filings");
		browser.findElement(By.id("q")).sendKeys("甲科技");
		browser.findElement(By.id("search")).click();
		assertThat(waitFor(By.id("found")).getText()).contains("甲科技有限公司");
		browser.findElement(By.cssSelector("#found .history-link")).click();
		assertThat(waitFor(By.id("history")).getText()).contains("2026-03-02", "已失效");
		screenshot("07-filings-with-history");

		browser.get(base + "/users");
		assertThat(browser.findElement(By.id("accounts")).getText()).contains("admin");
		screenshot("08-users");
		browser.get(base + "/log");
		assertThat(browser.findElement(By.id("events")).getText()).contains("登录", "上传", "启动运行", "下载");
		screenshot("09-audit-log");

		browser.get(base + "/");
		session.clickToLoad(By.cssSelector("button[value=en]"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Audit as of");
		screenshot("10-today-in-english");

		session.clickToLoad(By.id("sign-out"));
		assertThat(browser.getCurrentUrl()).contains("/login");
		browser.get(base + "/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		screenshot("11-signed-out");
	}

	/** Lapsed, risky and valid licences; the one to search for lapsed first, so it is the most urgent. */
	private static Path writeRegister(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("企业名称,许可类型,证书编号,有效期至,负责人\n");
			out.write("甲科技有限公司,ICP证,京B2-20210001,2025-11-30,王经理\n");
			for (int i = 1; i < ROWS; i++) {
				String expiry = switch (i % 4) {
					case 0 -> "2026-02-" + (1 + i % 28);
					case 1 -> "2026-04-" + (1 + i % 28);
					default -> "2028-05-" + (1 + i % 28);
				};
				out.write("测试公司" + i + ",ICP证,京B2-" + (30000000 + i) + "," + expiry + ",客户经理"
						+ (i % 7) + "\n");
			}
		}
		return file;
	}

	/** Fetches a link as the signed-in browser would: with its session cookie. */
	private byte[] download(String href) throws IOException, InterruptedException {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				v -> assertThat(v).contains("filename*=UTF-8''filing-audit-2026-03-02.xlsx"));
		return response.body();
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void screenshot(String name) throws IOException {
		session.screenshot(name);
	}

}
