package dev.marquee.security;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible, valid request body for a schema of the document: the documented example
 * where there is one, else a value that meets the type, enum, format, pattern and bounds.
 * The fuzzer mutates these; a body it did not break may well be accepted.
 */
final class ExampleBodies {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final List<String> PATTERN_CANDIDATES = List.of("US", "en", "tt3783958", "nm0000001", "abc", "a",
			"x1", "2016-12-09", "USD", "Q123");

	private final ApiDocument document;

	ExampleBodies(ApiDocument document) {
		this.document = document;
	}

	JsonNode of(JsonNode schemaOrRef) {
		return of(schemaOrRef, 0);
	}

	private JsonNode of(JsonNode schemaOrRef, int depth) {
		JsonNode schema = this.document.resolve(schemaOrRef);
		if (schema.has("example") && !schema.get("example").isNull() && !schema.has("properties")) {
			return schema.get("example");
		}
		if (schema.has("oneOf")) {
			return of(schema.get("oneOf").get(0), depth);
		}
		if (schema.has("anyOf")) {
			return of(schema.get("anyOf").get(0), depth);
		}
		return switch (type(schema)) {
			case "object" -> object(schema, depth);
			case "array" -> array(schema, depth);
			case "integer" -> nodes.numberNode(integer(schema));
			case "number" -> nodes.numberNode(1.5);
			case "boolean" -> nodes.booleanNode(false);
			case "null" -> nodes.nullNode();
			default -> nodes.stringNode(string(schema));
		};
	}

	private ObjectNode object(JsonNode schema, int depth) {
		ObjectNode object = nodes.objectNode();
		if (depth > 4) {
			return object;
		}
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			if (!property.getValue().path("readOnly").asBoolean(false)) {
				object.set(property.getKey(), of(property.getValue(), depth + 1));
			}
		}
		return object;
	}

	private ArrayNode array(JsonNode schema, int depth) {
		ArrayNode array = nodes.arrayNode();
		if (depth <= 3 && schema.has("items")) {
			array.add(of(schema.get("items"), depth + 1));
		}
		return array;
	}

	static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "string";
	}

	private static long integer(JsonNode schema) {
		long value = 1;
		if (schema.has("minimum")) {
			value = Math.max(value, schema.get("minimum").asLong());
		}
		if (schema.has("maximum")) {
			value = Math.min(value, schema.get("maximum").asLong());
		}
		return value;
	}

	private static String string(JsonNode schema) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		switch (schema.path("format").asString("")) {
			case "date":
				return "2016-12-09";
			case "date-time":
				return "2016-12-09T00:00:00Z";
			case "uri":
			case "url":
				return "https://www.lalaland.movie/";
			default:
				break;
		}
		if (schema.has("pattern")) {
			Pattern pattern = Pattern.compile(schema.get("pattern").asString());
			for (String candidate : PATTERN_CANDIDATES) {
				if (pattern.matcher(candidate).matches()) {
					return candidate;
				}
			}
		}
		int min = schema.path("minLength").asInt(0);
		return (min > 1) ? "x".repeat(min) : "La La Land";
	}

}
