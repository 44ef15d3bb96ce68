package dev.marquee.film;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import dev.marquee.testdata.SectionJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every section operation is documented for Swagger UI: summary, description, the "Film
 * sections" tag, a description and La La Land example for each parameter, and each
 * problem it can answer with as application/problem+json.
 */
@MarqueeTest
class SectionOpenApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everySectionOperationIsDocumentedWithItsProblems() {
		JsonNode paths = SectionJson.body(this.mvc.get().uri("/v3/api-docs").exchange()).get("paths");
		List<String> operations = new ArrayList<>();
		for (String section : SectionProblemTests.SECTIONS) {
			operations.add("/api/v1/films/{id}/" + section);
			if (FilmSectionResourcesTests.LISTS.containsKey(section)) {
				operations.add("/api/v1/films/{id}/" + section + "/{itemId}");
			}
		}

		for (String path : operations) {
			JsonNode get = paths.get(path).get("get");
			assertThat(get).as(path).isNotNull();
			assertThat(get.get("summary").asString()).as(path).isNotBlank();
			assertThat(get.get("description").asString()).as(path).isNotBlank();
			assertThat(get.get("tags").get(0).asString()).as(path)
				.startsWith("Film ")
				.isNotIn("Films", "Film documents");
			get.get("parameters").forEach((parameter) -> {
				assertThat(parameter.get("description").asString()).as(path + " " + parameter.get("name")).isNotBlank();
				if (parameter.get("name").asString().equals("id")) {
					assertThat(parameter.get("example").asString()).isEqualTo("tt3783958");
				}
			});
			JsonNode responses = get.get("responses");
			assertThat(responses.has("200")).as(path).isTrue();
			for (String status : List.of("400", "404", "406")) {
				assertThat(responses.get(status).get("content").has("application/problem+json")).as(path + " " + status)
					.isTrue();
			}
		}
	}

	@Test
	void pagedSectionsDocumentSizeAfterAndTheirFilters() {
		JsonNode paths = SectionJson.body(this.mvc.get().uri("/v3/api-docs").exchange()).get("paths");

		Map<String, List<String>> expected = Map.of("cast", List.of("id", "size", "after"), "trivia",
				List.of("id", "size", "after", "spoilers"), "reviews",
				List.of("id", "size", "after", "sort", "spoilers"));
		expected.forEach((section, names) -> {
			List<String> actual = new ArrayList<>();
			paths.get("/api/v1/films/{id}/" + section)
				.get("get")
				.get("parameters")
				.forEach((parameter) -> actual.add(parameter.get("name").asString()));
			assertThat(actual).as(section).isEqualTo(names);
		});
	}

}
