package dev.marquee.docs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operation ids are the method names of every client generated from the OpenAPI document:
 * each operation has one that says what it does, none is numbered or used twice, and none
 * changes by accident (adding a controller renumbers nothing): the document's are exactly
 * those pinned in {@code operation-ids.txt}.
 */
@MarqueeTest
class OperationIdTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyOperationHasItsOwnStableName() throws Exception {
		JsonNode paths = JsonMapper.builder()
			.build()
			.readTree(this.mvc.get()
				.uri("/v3/api-docs")
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.get("paths");
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations.add(operation.getKey().toUpperCase() + " " + path.getKey() + " "
						+ operation.getValue().path("operationId").asString());
			}
		}

		List<String> pinned = new ClassPathResource("operation-ids.txt").getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		assertThat(operations).containsExactlyInAnyOrderElementsOf(pinned);
		assertThat(operations).noneMatch((operation) -> operation.matches(".*_\\d+"));
		assertThat(operations.stream().map((operation) -> operation.substring(operation.lastIndexOf(' ') + 1)))
			.doesNotHaveDuplicates();
	}

}
