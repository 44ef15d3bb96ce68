package dev.marquee.security;

import java.util.ArrayList;
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
import dev.marquee.security.ApiClient.Answer;
import dev.marquee.support.web.ProblemType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must be, whatever was asked: never a server error; a refusal is
 * problem+json of the documented shape, with a catalogued code and no trace of the
 * implementation (stack traces, Java class names, SQL errors); and the answer is one the
 * OpenAPI document describes for the operation (checked by Atlassian's
 * swagger-request-validator), so code and documentation cannot drift.
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

	private final OpenApiInteractionValidator contract;

	AnswerChecks(ApiDocument document) {
		this.contract = OpenApiInteractionValidator.createForInlineApiSpecification(document.text())
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request", ValidationReport.Level.IGNORE)
				.withLevel("validation.response.header.missing", ValidationReport.Level.IGNORE)
				.build())
			.build();
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
		if (operation != null && answer.status() != 429 && !isNdjson(answer)) {
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
		return report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.map((message) -> "contract: " + message.getKey() + " " + message.getMessage())
			.toList();
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
