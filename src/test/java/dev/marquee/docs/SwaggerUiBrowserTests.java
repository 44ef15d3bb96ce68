package dev.marquee.docs;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.marquee.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Swagger UI as a developer meets it, in a real headless Chromium (Debian's chromium and
 * chromedriver, which {@code .ci/run} installs): the page draws, lists every tag of the
 * OpenAPI document, and "Try it out" on the film operation shows La La Land. On a machine
 * without Chromium the test is skipped, except in CI ({@code CI=true}), where a missing
 * browser fails it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SwaggerUiBrowserTests {

	private static final Path CHROMIUM = Path.of(envOr("CHROME_BIN", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(envOr("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"true".equals(System.getenv("CI"))) {
			assumeTrue(installed,
					"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		}
		assertThat(installed).as("chromium and chromedriver in /usr/bin").isTrue();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
					"--no-first-run", "--window-size=1400,2000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void swaggerUiListsEveryTagAndTryItOutShowsLaLaLand() throws Exception {
		List<String> documented = documentedTags();
		this.browser.get("http://localhost:" + this.port + "/swagger-ui.html");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
		assertThat(this.browser.findElement(By.cssSelector(".info .title")).getText()).startsWith("Marquee API");
		List<String> shownTags = new ArrayList<>();
		for (WebElement tag : this.browser.findElements(By.cssSelector("h3.opblock-tag"))) {
			shownTags.add(tag.getAttribute("data-tag"));
		}
		assertThat(shownTags).containsExactlyInAnyOrderElementsOf(documented);

		WebElement operation = this.browser.findElement(By.id("operations-Films-getFilm"));
		operation.findElement(By.cssSelector(".opblock-summary")).click();
		wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
			.click();
		WebElement id = operation.findElement(By.cssSelector("tr[data-param-name='id'] input"));
		id.clear();
		id.sendKeys("tt3783958");
		operation.findElement(By.cssSelector("button.execute")).click();

		WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#operations-Films-getFilm .live-responses-table .response-col_description pre")));
		wait.until(ExpectedConditions.textToBePresentInElement(body, "La La Land"));
		assertThat(body.getText()).contains("\"imdbId\": \"tt3783958\"").contains("\"title\": \"La La Land\"");
		assertThat(operation.findElement(By.cssSelector(".live-responses-table tr.response .response-col_status"))
			.getText()).startsWith("200");
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private List<String> documentedTags() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
		JsonNode document = JsonMapper.builder().build().readTree(response.body());
		List<String> tags = new ArrayList<>();
		document.get("paths").forEach((path) -> path.forEach((operation) -> operation.get("tags").forEach((tag) -> {
			if (!tags.contains(tag.asString())) {
				tags.add(tag.asString());
			}
		})));
		return tags;
	}

}
