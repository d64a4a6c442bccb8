package com.filingaudit.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.FilingAuditApplication;

/**
 * The real desk in this JVM (service mode, a random port, folders under {@code root}, no nightly run during the test)
 * and a headless Chromium to drive it; screenshots go to {@code target/desk-screenshots}.
 */
final class DeskInBrowser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "desk-screenshots");

	final ConfigurableApplicationContext desk;

	final WebDriver browser;

	final String base;

	DeskInBrowser(Path root, String adminPassword) throws IOException {
		desk = new SpringApplicationBuilder(FilingAuditApplication.class).run("--server.port=0",
				"--audit.desk.admin-password=" + adminPassword, "--audit.schedule=0 0 2 1 1 *",
				"--audit.input-dir=" + Files.createDirectories(root.resolve("input")),
				"--audit.reports-dir=" + root.resolve("reports"), "--audit.data-dir=" + root.resolve("data"));
		base = "http://localhost:" + ((WebServerApplicationContext) desk).getWebServer().getPort();
		WebDriver started;
		try {
			started = chromium();
		}
		catch (RuntimeException ex) {
			desk.close();
			throw ex;
		}
		browser = started;
		Files.createDirectories(SCREENSHOTS);
	}

	/**
	 * Clicks something that loads a new page and waits until the old page is gone: without the wait, the next look-up
	 * can still find the old page's elements (a form post and its redirect take a moment).
	 */
	void clickToLoad(By target) {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(target).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

	void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() {
		try {
			browser.quit();
		}
		finally {
			desk.close();
		}
	}

	/** Debian's chromium and chromium-driver, as .ci/run installs them. */
	private static WebDriver chromium() {
		Path binary = Path.of("/usr/bin/chromium");
		Path driver = Path.of("/usr/bin/chromedriver");
		if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver packages "
					+ "(apt-get install chromium chromium-driver; .ci/run installs them)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
				"--lang=zh-CN");
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
				options);
	}

}
