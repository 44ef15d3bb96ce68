package dev.marquee.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * JSON helpers for section tests: the demo film document's sections, answers with the ids
 * and versions the database assigned taken out, and the page envelope.
 */
public final class SectionJson {

	private static final JsonMapper json = JsonMapper.builder().build();

	private SectionJson() {
	}

	/**
	 * A section of the demo film document ({@code cast}, {@code crazyCredits}, …) as
	 * JSON.
	 */
	public static String demo(String field) {
		return json.writeValueAsString(demoNode(field));
	}

	public static JsonNode demoNode(String field) {
		try {
			return json
				.readTree(new ClassPathResource("demo/la-la-land.json").getContentAsString(StandardCharsets.UTF_8))
				.get(field);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The demo section's items wrapped as a single (last) page of the given size.
	 */
	public static String demoPage(String field, int size) {
		return "{\"items\":" + demo(field) + ",\"size\":" + size + ",\"nextCursor\":null,\"next\":null,\"total\":null}";
	}

	public static JsonNode body(MvcTestResult result) {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	/**
	 * The answer with what the database assigns ({@code id} and {@code version} members)
	 * removed, at any depth.
	 */
	public static String withoutAssigned(MvcTestResult result) {
		JsonNode node = body(result);
		strip(node);
		return json.writeValueAsString(node);
	}

	public static List<JsonNode> items(JsonNode page) {
		List<JsonNode> items = new ArrayList<>();
		((ArrayNode) page.get("items")).forEach(items::add);
		return items;
	}

	public static String write(Object value) {
		return json.writeValueAsString(value);
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove("id");
			object.remove("version");
		}
		Iterator<JsonNode> children = node.values().iterator();
		while (children.hasNext()) {
			strip(children.next());
		}
	}

}
