package dev.marquee;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people, search and list operations are documented in /v3/api-docs: tag, summary,
 * description, described parameters, and every answer they can give, problems as
 * application/problem+json.
 */
@MarqueeTest
class ReadApiDocumentationTests {

	@Autowired
	MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyReadOperationIsDocumentedWithItsTagAndEveryAnswer() throws Exception {
		JsonNode paths = this.json
			.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray())
			.get("paths");

		Map<String, String> documented = new TreeMap<>();
		for (String path : List.of("/api/v1/people", "/api/v1/people/{id}", "/api/v1/people/{id}/credits",
				"/api/v1/search", "/api/v1/films/suggest", "/api/v1/lists", "/api/v1/lists/{id}")) {
			JsonNode get = paths.get(path).get("get");
			assertThat(get.get("summary").asString()).as(path).isNotBlank();
			assertThat(get.get("description").asString()).as(path).hasSizeGreaterThan(40);
			for (JsonNode parameter : get.get("parameters")) {
				assertThat(parameter.get("description").asString()).as(path + " " + parameter.get("name")).isNotBlank();
			}
			StringBuilder answers = new StringBuilder(get.get("tags").get(0).asString());
			get.get("responses").properties().forEach((response) -> {
				answers.append(' ').append(response.getKey());
				if (!response.getKey().equals("200")) {
					JsonNode content = response.getValue().path("content");
					answers.append(content.isMissingNode() ? "(no body)"
							: content.has("application/problem+json") ? "(problem)" : "(?)");
				}
			});
			documented.put(path, answers.toString());
		}

		assertThat(documented).containsExactlyInAnyOrderEntriesOf(Map.of("/api/v1/people",
				"People 200 400(problem) 406(problem) 401(problem) 403(problem) 429(problem) 503(problem) 304(no body)",
				"/api/v1/people/{id}",
				"People 200 400(problem) 404(problem) 406(problem) 401(problem) 403(problem) 429(problem) 503(problem) 304(no body)",
				"/api/v1/people/{id}/credits",
				"People 200 400(problem) 404(problem) 406(problem) 401(problem) 403(problem) 429(problem) 503(problem) 304(no body)",
				"/api/v1/search",
				"Search 200 400(problem) 406(problem) 401(problem) 403(problem) 429(problem) 503(problem) 304(no body)",
				"/api/v1/films/suggest",
				"Search 200 400(problem) 406(problem) 401(problem) 403(problem) 429(problem) 503(problem) 304(no body)",
				"/api/v1/lists",
				"Lists 200 400(problem) 406(problem) 401(problem) 403(problem) 429(problem) 503(problem) 304(no body)",
				"/api/v1/lists/{id}",
				"Lists 200 400(problem) 404(problem) 406(problem) 401(problem) 403(problem) 429(problem) 503(problem) 304(no body)"));
	}

	@Test
	void examplesNameTheDemoFilmAndPeople() throws Exception {
		JsonNode paths = this.json
			.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray())
			.get("paths");

		assertThat(paths.get("/api/v1/people/{id}").get("get").get("parameters").get(0).get("example").asString())
			.isEqualTo("nm1297015");
		assertThat(paths.get("/api/v1/search").get("get").get("parameters").get(0).get("example").asString())
			.isEqualTo("la la lnd");
	}

}
