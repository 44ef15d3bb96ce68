package dev.marquee.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The running application's OpenAPI document ({@code /v3/api-docs}) as the list of its
 * operations, so that the generated suites cover every operation there is, new ones
 * included, without a hand-kept list.
 */
final class ApiDocument {

	static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

	private final String text;

	private final JsonNode root;

	private final List<Operation> operations;

	private ApiDocument(String text, JsonNode root) {
		this.text = text;
		this.root = root;
		List<Operation> found = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (METHODS.contains(entry.getKey())) {
					found.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), entry.getValue()));
				}
			}
		}
		this.operations = List.copyOf(found);
	}

	static ApiDocument read(MockMvc mvc) {
		try {
			String text = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			return new ApiDocument(text, JsonMapper.builder().build().readTree(text));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read /v3/api-docs", ex);
		}
	}

	String text() {
		return this.text;
	}

	List<Operation> operations() {
		return this.operations;
	}

	/**
	 * The schema itself, or the component a {@code $ref} names.
	 */
	JsonNode resolve(JsonNode schema) {
		JsonNode ref = schema.path("$ref");
		if (ref.isString()) {
			String name = ref.asString().substring("#/components/schemas/".length());
			return resolve(this.root.path("components").path("schemas").path(name));
		}
		return schema;
	}

	/**
	 * One operation of the document.
	 */
	record Operation(String method, String path, JsonNode node) {

		List<JsonNode> parameters(String in) {
			List<JsonNode> found = new ArrayList<>();
			for (JsonNode parameter : this.node.path("parameters")) {
				if (in.equals(parameter.path("in").asString())) {
					found.add(parameter);
				}
			}
			return found;
		}

		boolean needsKey() {
			return !this.node.path("security").isEmpty();
		}

		boolean isRead() {
			return "GET".equals(this.method);
		}

		/**
		 * The media type of the request body, or {@code null} without one.
		 */
		/**
		 * The body's media type: JSON when the operation takes it (an import takes JSON
		 * or an upload), else the first one documented.
		 */
		String bodyType() {
			Map.Entry<String, JsonNode> content = bodyContent();
			return (content != null) ? content.getKey() : null;
		}

		JsonNode bodySchema() {
			Map.Entry<String, JsonNode> content = bodyContent();
			return (content != null) ? content.getValue().path("schema") : MissingNode.getInstance();
		}

		private Map.Entry<String, JsonNode> bodyContent() {
			Map.Entry<String, JsonNode> first = null;
			for (Map.Entry<String, JsonNode> content : this.node.path("requestBody").path("content").properties()) {
				if (content.getKey().equals("application/json")) {
					return content;
				}
				first = (first != null) ? first : content;
			}
			return first;
		}

		Set<String> documentedStatuses() {
			return Set.copyOf(this.node.path("responses").propertyNames());
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
