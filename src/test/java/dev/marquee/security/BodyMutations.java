package dev.marquee.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ways to break a valid JSON body, each of which the API must refuse (400, 413 or 415),
 * and ways to fill it with odd but possibly valid values, which it may accept but must
 * never fail on.
 */
enum BodyMutations {

	/** A field's value of another JSON type. */
	WRONG_TYPE,
	/** A field the schema does not have. */
	UNKNOWN_FIELD,
	/** A field the server assigns: id, version, createdAt, updatedAt. */
	READ_ONLY_FIELD,
	/** Not JSON: truncated, or with a stray character, a comment, a trailing comma. */
	MALFORMED_JSON,
	/** JSON, but not an object: an array, a string, a number, null. */
	NOT_AN_OBJECT,
	/** Bytes that are not UTF-8. */
	INVALID_UTF8,
	/** Ten thousand nested arrays. */
	DEEP_NESTING,
	/** The body under another Content-Type, or none. */
	WRONG_CONTENT_TYPE,
	/** No body at all. */
	EMPTY_BODY;

	static final List<String> READ_ONLY = List.of("id", "version", "createdAt", "updatedAt");

	static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "text/html",
			"application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream",
			"application/json-patch+json", "image/png", "application/x-java-serialized-object",
			"application/vnd.api+json;;", "text/json", "json");

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	/**
	 * The broken body: its bytes and the Content-Type to send (null for none).
	 */
	Broken apply(JsonNode valid, String contentType, Random random) {
		String text = valid.toString();
		return switch (this) {
			case WRONG_TYPE -> json(wrongType(valid.deepCopy(), random), contentType);
			case UNKNOWN_FIELD ->
				json(withField(valid.deepCopy(), "zzUnknown" + random.nextInt(100), random, true), contentType);
			case READ_ONLY_FIELD ->
				json(withField(valid.deepCopy(), READ_ONLY.get(random.nextInt(READ_ONLY.size())), random, false),
						contentType);
			case MALFORMED_JSON -> new Broken(malformed(text, random).getBytes(StandardCharsets.UTF_8), contentType);
			case NOT_AN_OBJECT -> new Broken(List.of("[]", "[" + text + "]", "\"text\"", "42", "null", "true")
				.get(random.nextInt(6))
				.getBytes(StandardCharsets.UTF_8), contentType);
			case INVALID_UTF8 -> new Broken(invalidUtf8(text, random), contentType);
			case DEEP_NESTING ->
				new Broken(("{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8),
						contentType);
			case WRONG_CONTENT_TYPE -> new Broken(text.getBytes(StandardCharsets.UTF_8),
					random.nextInt(10) == 0 ? null : wrongContentType(contentType, random));
			case EMPTY_BODY -> new Broken(new byte[0], contentType);
		};
	}

	/**
	 * One of {@link #WRONG_CONTENT_TYPES} other than the operation's own: an image
	 * upload's {@code multipart/form-data} is its right type, not a wrong one.
	 */
	private static String wrongContentType(String contentType, Random random) {
		String own = contentType.split(";")[0].trim();
		List<String> wrong = WRONG_CONTENT_TYPES.stream()
			.filter((candidate) -> !candidate.split(";")[0].trim().equalsIgnoreCase(own))
			.toList();
		return wrong.get(random.nextInt(wrong.size()));
	}

	private static Broken json(JsonNode body, String contentType) {
		return new Broken(body.toString().getBytes(StandardCharsets.UTF_8), contentType);
	}

	private static JsonNode wrongType(JsonNode body, Random random) {
		List<Map.Entry<ObjectNode, String>> fields = fields(body);
		if (fields.isEmpty()) {
			return nodes.arrayNode();
		}
		Map.Entry<ObjectNode, String> field = fields.get(random.nextInt(fields.size()));
		JsonNode value = field.getKey().get(field.getValue());
		JsonNode wrong;
		if (value.isObject()) {
			wrong = nodes.booleanNode(true);
		}
		else if (value.isArray()) {
			wrong = nodes.objectNode().put("not", "an array");
		}
		else if (value.isNumber()) {
			wrong = random.nextBoolean() ? nodes.stringNode("not a number") : nodes.objectNode();
		}
		else {
			wrong = random.nextBoolean() ? nodes.objectNode() : nodes.arrayNode().add(1);
		}
		field.getKey().set(field.getValue(), wrong);
		return body;
	}

	private static JsonNode withField(JsonNode body, String name, Random random, boolean anywhere) {
		List<ObjectNode> objects = new ArrayList<>();
		collectObjects(body, objects);
		if (objects.isEmpty()) {
			return body;
		}
		ObjectNode target = anywhere ? objects.get(random.nextInt(objects.size())) : objects.get(0);
		target.put(name, name.equals("createdAt") || name.equals("updatedAt") ? "2016-12-09T00:00:00Z" : "7");
		if (name.equals("id") || name.equals("version")) {
			target.put(name, 7);
		}
		return body;
	}

	private static String malformed(String text, Random random) {
		int at = 1 + random.nextInt(Math.max(1, text.length() - 1));
		return switch (random.nextInt(7)) {
			case 0 -> text.substring(0, Math.min(at, text.length() - 1));
			case 1 -> text.substring(0, at) + "\"" + text.substring(at);
			case 2 -> "/* comment */" + text;
			case 3 -> text.substring(0, text.length() - 1) + ",}";
			case 4 -> text + "}}";
			case 5 -> text.replace('"', '\'');
			default -> "{\"a\":NaN," + text.substring(1);
		};
	}

	private static byte[] invalidUtf8(String text, Random random) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int quote = text.indexOf(':');
		int at = (quote > 0 && quote + 2 < bytes.length) ? quote + 2 : random.nextInt(bytes.length);
		bytes[at] = (byte) (random.nextBoolean() ? 0xFF : 0xC3);
		return bytes;
	}

	static List<Map.Entry<ObjectNode, String>> fields(JsonNode body) {
		List<ObjectNode> objects = new ArrayList<>();
		collectObjects(body, objects);
		List<Map.Entry<ObjectNode, String>> fields = new ArrayList<>();
		for (ObjectNode object : objects) {
			for (String name : object.propertyNames()) {
				fields.add(Map.entry(object, name));
			}
		}
		return fields;
	}

	private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
		if (node instanceof ObjectNode object) {
			objects.add(object);
		}
		for (JsonNode child : node) {
			collectObjects(child, objects);
		}
	}

	/**
	 * A body as sent.
	 */
	record Broken(byte[] bytes, String contentType) {
	}

}
