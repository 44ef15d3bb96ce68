package dev.marquee.support.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Gives every error answer of the document examples of the problems it names: the 400 of
 * a write shows an {@code invalid-body} with its {@code errors}, a 409 a
 * {@code conflict}, each as the server sends it, rather than the one example of the
 * problem schema. An answer's description names its problems
 * ({@code (code invalid-body)}); one that names none shows the first problem of its
 * status. The examples are components ({@code #/components/examples/invalid-body})
 * written from {@link ProblemType} and the details and instances in
 * {@code openapi/problem-examples.json}.
 */
final class ProblemExamples {

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Pattern CODE = Pattern.compile("(?<![a-z-])[a-z]+(?:-[a-z]+)*(?![a-z-])");

	private static final Map<String, JsonNode> SAMPLES = read();

	private ProblemExamples() {
	}

	static void addTo(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		Map<String, Example> used = new LinkedHashMap<>();
		openApi.getPaths()
			.forEach((path, item) -> item.readOperations()
				.stream()
				.filter((operation) -> operation.getResponses() != null)
				.forEach((operation) -> operation.getResponses().forEach((status, response) -> {
					MediaType problem = (response.getContent() != null) ? response.getContent().get(PROBLEM_JSON)
							: null;
					if (problem == null || problem.getExample() != null || problem.getExamples() != null) {
						return;
					}
					Map<String, Example> examples = new LinkedHashMap<>();
					for (ProblemType type : named(response, Integer.parseInt(status))) {
						used.computeIfAbsent(type.code(), (code) -> example(type));
						examples.put(type.code(), new Example().$ref("#/components/examples/" + type.code()));
					}
					problem.setExamples(examples);
				})));
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		used.forEach(openApi.getComponents()::addExamples);
	}

	/**
	 * The problems of the answer's status its description names, in the order it names
	 * them; the status' first problem when it names none.
	 */
	private static List<ProblemType> named(ApiResponse response, int status) {
		List<ProblemType> named = new ArrayList<>();
		if (response.getDescription() != null) {
			Matcher words = CODE.matcher(response.getDescription());
			while (words.find()) {
				for (ProblemType type : ProblemType.values()) {
					if (type.code().equals(words.group()) && type.status().value() == status && !named.contains(type)) {
						named.add(type);
					}
				}
			}
		}
		if (named.isEmpty()) {
			named.add(ProblemType.forStatus(status));
		}
		return named;
	}

	private static Example example(ProblemType type) {
		JsonNode sample = SAMPLES.get(type.code());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.type().toString());
		body.put("title", type.title());
		body.put("status", type.status().value());
		body.put("detail",
				(sample != null && sample.has("detail")) ? sample.get("detail").asString() : type.defaultDetail());
		body.put("instance", (sample != null && sample.has("instance")) ? sample.get("instance").asString()
				: "/api/v1/films/tt3783958");
		body.put("code", type.code());
		body.put("correlationId", "5b0c2a8e-2f3c-4d0e-9a57-8d1f0a3c6e21");
		if (sample != null && sample.has("errors")) {
			List<Map<String, String>> errors = new ArrayList<>();
			for (JsonNode error : sample.get("errors")) {
				Map<String, String> entry = new LinkedHashMap<>();
				error.properties().forEach((field) -> entry.put(field.getKey(), field.getValue().asString()));
				errors.add(entry);
			}
			body.put("errors", errors);
		}
		return new Example().summary(type.code() + ": " + type.title()).value(body);
	}

	private static Map<String, JsonNode> read() {
		try (var in = new ClassPathResource("openapi/problem-examples.json").getInputStream()) {
			Map<String, JsonNode> samples = new LinkedHashMap<>();
			JsonMapper.builder()
				.build()
				.readTree(in)
				.properties()
				.forEach((entry) -> samples.put(entry.getKey(), entry.getValue()));
			return samples;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
