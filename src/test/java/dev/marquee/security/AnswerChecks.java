package dev.marquee.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import dev.marquee.security.ApiClient.Answer;
import dev.marquee.support.web.ProblemType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must be, whatever was asked: never a server error; a refusal is
 * problem+json of the documented shape, with a catalogued code and no trace of the
 * implementation (stack traces, Java class names, SQL errors); and the answer is one the
 * OpenAPI document describes for the operation, so code and documentation cannot drift.
 * Atlassian's swagger-request-validator checks the status and media type; the body is
 * checked against the operation's response schema by networknt's json-schema-validator in
 * the OpenAPI 3.1 dialect (JSON Schema 2020-12), which understands what the older
 * validator does not: {@code type: [T, "null"]}, {@code null} in an enum.
 */
final class AnswerChecks {

	private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code",
			"correlationId", "errors");

	private static final Set<String> PARAMETER_PLACES = Set.of("path", "query", "header", "body");

	/**
	 * Traces of the implementation that must never reach a client.
	 */
	private static final Pattern LEAK = Pattern
		.compile("java\\.|javax\\.|jakarta\\.|org\\.springframework|org\\.hibernate|org\\.postgresql|tools\\.jackson"
				+ "|com\\.fasterxml|Exception|\\tat |SQLState|SQL state|PSQL|ERROR: |Caused by|dev\\.marquee");

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The document's name for the schema validator, which reads its schemas from it.
	 */
	private static final String DOCUMENT = "urn:marquee:openapi";

	private final OpenApiInteractionValidator contract;

	private final JsonNode document;

	private final JsonSchemaFactory schemas;

	private final Map<String, JsonSchema> answerSchemas = new HashMap<>();

	AnswerChecks(ApiDocument document) {
		this.contract = OpenApiInteractionValidator.createForInlineApiSpecification(document.text())
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request", ValidationReport.Level.IGNORE)
				.withLevel("validation.response.header.missing", ValidationReport.Level.IGNORE)
				.withLevel("validation.response.body.schema", ValidationReport.Level.IGNORE)
				.build())
			.build();
		this.document = this.json.readTree(document.text());
		this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
				(builder) -> builder.metaSchema(OpenApi31.getInstance())
					.defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
					.schemaLoaders((loaders) -> loaders.schemas(Map.of(DOCUMENT, document.text()))));
	}

	/**
	 * Every rule the answer breaks; empty when it is sound.
	 * @param operation the documented operation the request was meant for, or
	 * {@code null} when it named none (a wrong method)
	 */
	List<String> violations(Answer answer, ApiDocument.@Nullable Operation operation) {
		List<String> violations = new ArrayList<>();
		if (answer.status() >= 500) {
			violations.add("server error " + answer.status());
		}
		if (answer.status() >= 400) {
			violations.addAll(problemViolations(answer));
			if (LEAK.matcher(answer.body()).find()) {
				violations.add("implementation detail in the body");
			}
		}
		if (operation != null && !isNdjson(answer)) {
			violations.addAll(contractViolations(answer, operation));
		}
		return violations;
	}

	List<String> problemViolations(Answer answer) {
		List<String> violations = new ArrayList<>();
		if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
			violations.add("content type " + answer.contentType() + ", not application/problem+json");
			return violations;
		}
		JsonNode problem;
		try {
			problem = this.json.readTree(answer.body());
		}
		catch (RuntimeException ex) {
			violations.add("problem body is not JSON");
			return violations;
		}
		for (Map.Entry<String, JsonNode> member : problem.properties()) {
			if (!PROBLEM_MEMBERS.contains(member.getKey())) {
				violations.add("undocumented problem member " + member.getKey());
			}
		}
		ProblemType type = catalogued(problem.path("code").asString(""));
		if (type == null) {
			violations.add("code " + problem.path("code") + " is not in the catalogue");
			return violations;
		}
		if (problem.path("status").asInt() != answer.status() || type.status().value() != answer.status()) {
			violations.add("status member " + problem.path("status") + " / code " + type.code() + " for HTTP "
					+ answer.status());
		}
		if (!type.type().toString().equals(problem.path("type").asString())
				|| !type.title().equals(problem.path("title").asString())) {
			violations.add("type or title do not match code " + type.code());
		}
		if (!problem.path("correlationId").isString()) {
			violations.add("no correlationId");
		}
		for (JsonNode error : problem.path("errors")) {
			if (!error.path("name").isString() || !error.path("message").isString()
					|| !PARAMETER_PLACES.contains(error.path("in").asString(""))) {
				violations.add("malformed errors member " + error);
			}
		}
		return violations;
	}

	private List<String> contractViolations(Answer answer, ApiDocument.Operation operation) {
		SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
		if (answer.contentType() != null) {
			response.withContentType(answer.contentType());
		}
		ValidationReport report = this.contract.validateResponse(operation.path(),
				Method.valueOf(operation.method().toUpperCase(Locale.ROOT)), response.build());
		List<String> violations = new ArrayList<>(report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.map((message) -> "contract: " + message.getKey() + " " + message.getMessage())
			.toList());
		if (violations.isEmpty()) {
			violations.addAll(bodyViolations(answer, operation));
		}
		return violations;
	}

	/**
	 * What the body breaks of the schema the operation documents for its status and media
	 * type.
	 */
	private List<String> bodyViolations(Answer answer, ApiDocument.Operation operation) {
		String method = operation.method().toLowerCase(Locale.ROOT);
		JsonNode responses = this.document.path("paths").path(operation.path()).path(method).path("responses");
		String status = responses.has(String.valueOf(answer.status())) ? String.valueOf(answer.status()) : "default";
		JsonNode content = responses.path(status).path("content");
		if (answer.body().isEmpty() || answer.contentType() == null || !content.isObject()) {
			return List.of();
		}
		String media = answer.contentType().split(";")[0].trim();
		if (!content.has(media)) {
			return List.of();
		}
		String pointer = "#/paths/" + escape(operation.path()) + "/" + method + "/responses/" + status + "/content/"
				+ escape(media) + "/schema";
		JsonSchema schema = this.answerSchemas.computeIfAbsent(pointer,
				(where) -> this.schemas.getSchema(SchemaLocation.of(DOCUMENT + where)));
		return schema.validate(answer.body(), InputFormat.JSON)
			.stream()
			.map((message) -> "contract: " + message.getMessage())
			.sorted()
			.toList();
	}

	/**
	 * A JSON pointer's reference token for {@code key} (RFC 6901).
	 */
	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * A stream of JSON lines (the document export), which the validator cannot read; an
	 * empty one (nothing matched) is a valid stream of no lines.
	 */
	private static boolean isNdjson(Answer answer) {
		return answer.contentType() != null && answer.contentType().startsWith("application/x-ndjson");
	}

	private static @Nullable ProblemType catalogued(String code) {
		for (ProblemType type : ProblemType.values()) {
			if (type.code().equals(code)) {
				return type;
			}
		}
		return null;
	}

}
