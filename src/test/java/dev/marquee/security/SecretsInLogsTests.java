package dev.marquee.security;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secrets in logs (OWASP API8): with every log of the application at DEBUG, creating
 * an API key, using it, using it after it is revoked and sending a wrong one leave no key
 * material in the output, only the non-secret prefix at most.
 */
@MarqueeTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	LoggingSystem logging;

	@Test
	void apiKeysNeverReachTheLog(CapturedOutput output) {
		String admin = TestKeys.admin(this.keys);
		this.logging.setLogLevel("dev.marquee", LogLevel.DEBUG);
		this.logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
		String created;
		try {
			MvcTestResult creation = this.mvc.post()
				.uri("/api/v1/admin/api-keys")
				.header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"log probe","role":"reader"}""")
				.exchange();
			assertThat(creation).hasStatus(201);
			created = JsonMapper.builder()
				.build()
				.readTree(creation.getResponse().getContentAsString())
				.get("key")
				.asString();
			long id = JsonMapper.builder()
				.build()
				.readTree(creation.getResponse().getContentAsString())
				.get("id")
				.asLong();
			assertThat(this.mvc.get().uri("/api/v1/films/tt3783958").header("Authorization", "Bearer " + created))
				.hasStatusOk();
			assertThat(this.mvc.delete().uri("/api/v1/admin/api-keys/" + id).header("Authorization", admin))
				.hasStatus(204);
			assertThat(this.mvc.get().uri("/api/v1/films/tt3783958").header("Authorization", "Bearer " + created))
				.hasStatus(401);
			assertThat(this.mvc.get().uri("/api/v1/films/tt3783958").header("Authorization", TestKeys.UNKNOWN))
				.hasStatus(401);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.logging.setLogLevel("dev.marquee", null);
			this.logging.setLogLevel("org.springframework.security", null);
		}

		assertThat(output.getAll()).contains("/api/v1/admin/api-keys")
			.doesNotContain(created)
			.doesNotContain(created.substring(10))
			.doesNotContain(admin.substring("Bearer ".length()))
			.doesNotContain(TestKeys.UNKNOWN.substring("Bearer ".length()));
	}

}
