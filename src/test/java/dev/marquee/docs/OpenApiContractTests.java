package dev.marquee.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is part of the product: it must match the committed snapshot
 * ({@code docs/openapi.json}), so every contract change is deliberate, and every
 * operation must be fully documented. After a deliberate change, refresh the snapshot
 * with {@code ./mvnw test -Dtest=OpenApiContractTests -Dmarquee.openapi.update=true} and
 * review the diff.
 */
@MarqueeTest
class OpenApiContractTests {

	private static final Path SNAPSHOT = Path.of("docs/openapi.json");

	private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options");

	@Autowired
	MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void apiDocsMatchTheCommittedSnapshot() throws Exception {
		String current = this.mvc.get()
			.uri("/v3/api-docs")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String pretty = this.json.writerWithDefaultPrettyPrinter().writeValueAsString(this.json.readTree(current))
				+ "\n";
		if (Boolean.getBoolean("marquee.openapi.update")) {
			Files.writeString(SNAPSHOT, pretty, StandardCharsets.UTF_8);
		}

		assertThat(SNAPSHOT).as("docs/openapi.json (refresh with -Dmarquee.openapi.update=true)").exists();
		JSONAssert.assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), current, JSONCompareMode.STRICT);
	}

	@Test
	void everyOperationIsDocumented() throws Exception {
		JsonNode document = this.json.readTree(
				this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<String> gaps = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				String name = entry.getKey().toUpperCase() + " " + path.getKey();
				JsonNode operation = entry.getValue();
				requireText(operation, "summary", name, gaps);
				requireText(operation, "description", name, gaps);
				for (JsonNode parameter : operation.path("parameters")) {
					requireText(parameter, "description", name + " parameter " + parameter.get("name").asString(),
							gaps);
				}
				for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
					requireText(response.getValue(), "description", name + " " + response.getKey(), gaps);
					boolean problem = response.getKey().startsWith("4") || response.getKey().startsWith("5");
					if (problem && !response.getValue().path("content").has("application/problem+json")) {
						gaps.add(name + " " + response.getKey() + " is not documented as application/problem+json");
					}
				}
				if (operation.get("responses").properties().stream().noneMatch((r) -> r.getKey().startsWith("2"))) {
					gaps.add(name + " documents no success response");
				}
			}
		}
		assertThat(gaps).isEmpty();
	}

	private static void requireText(JsonNode node, String field, String where, List<String> gaps) {
		if (!node.hasNonNull(field) || node.get(field).asString().isBlank()) {
			gaps.add(where + " has no " + field);
		}
	}

}
