package dev.marquee.security;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the suites generated from the OpenAPI document share: the document as the running
 * application serves it, a client, the fuzz target films (seeded afresh for each test and
 * removed after it) and an admin key.
 */
@MarqueeTest
abstract class GeneratedApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	ApiDocument document;

	ApiClient client;

	AnswerChecks checks;

	FuzzTargets targets;

	String admin;

	@BeforeEach
	void seedTargets() {
		this.document = ApiDocument.read(this.mvc);
		this.client = new ApiClient(this.mvc);
		this.checks = new AnswerChecks(this.document);
		this.targets = new FuzzTargets(this.document, this.client, this.documents, this.jdbc);
		this.admin = TestKeys.admin(this.keys);
		assertThat(this.targets.seed(this.admin)).as("documented example bodies the API refuses").isEmpty();
	}

	@AfterEach
	void removeTargets() {
		this.targets.remove();
	}

}
