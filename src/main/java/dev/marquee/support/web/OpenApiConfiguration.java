package dev.marquee.support.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * Stands for the title page's sections in the API's description; the feature that
	 * composes the title page writes them there, in their place order.
	 */
	static final String TITLE_PAGE_SECTIONS = "{title-page-sections}";

	@Bean
	OpenAPI marqueeOpenApi() {
		return new OpenAPI().info(new Info().title("Marquee API")
			.version("v1")
			.description("Film metadata as JSON: a film's whole title page (" + TITLE_PAGE_SECTIONS
					+ ") in one request. Reads are public; writes need an API key with the "
					+ "admin role (Authorize, then paste the key). Errors are RFC 9457 "
					+ "application/problem+json; each problem's type resolves to /problems/{code}. Bodies are read "
					+ "strictly: unknown fields and keys sent twice are refused, strings are stored in Unicode NFC, "
					+ "dates are ISO 8601 dates from 0001-01-01 to 9999-12-31. The demo film is "
					+ "La La Land, tt3783958.")
			.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			// The problem shape first, where it stands whichever operation springdoc
			// meets first.
			.components(
					new Components().addSchemas("ProblemDetail", problem())
						.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("mq_ API key")
							.description("An API key (`mq_…`), sent as `Authorization: Bearer <key>`: paste the key "
									+ "alone, Swagger UI adds `Bearer`. The embedded setup writes the first admin key "
									+ "to `./data/admin-key` on its first start; admins create more with `POST "
									+ "/api/v1/admin/api-keys`. Writes and the admin API need the admin role; reads "
									+ "need no key.")))
			// Relative, so the document is the same on every host and "Try it out" calls
			// the server showing it.
			.servers(List.of(new Server().url("/").description("This server")));
	}

	/**
	 * Documents problem bodies as Marquee sends them (code, correlationId, errors)
	 * instead of the generic shape springdoc derives from Spring's ProblemDetail class,
	 * which every problem response refers to.
	 */
	@Bean
	OpenApiCustomizer problemSchema() {
		return (openApi) -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
					|| !openApi.getComponents().getSchemas().containsKey("ProblemDetail")) {
				return;
			}
			openApi.getComponents().getSchemas().put("ProblemDetail", problem());
		};
	}

	/**
	 * Writes the answers of operations marked {@link Answered}; first, so that
	 * customizers that add to an operation's answers find them.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OperationCustomizer answeredOperations() {
		return (operation, handlerMethod) -> {
			Answered answered = handlerMethod.getMethodAnnotation(Answered.class);
			if (answered != null) {
				answered.value().writeTo(operation, null);
			}
			return operation;
		};
	}

	/**
	 * Answers any operation can give, whatever it does, documented on each so that a
	 * client (and the contract tests) find every status it may meet: a URL or header the
	 * firewall refuses (an encoded slash, a path traversal, control characters) is a 400
	 * anywhere, a key that is sent is checked even on public reads (401), a browser's
	 * cross-origin request the CORS rules refuse is a 403, a body over the limit a 413,
	 * an operation asked for a representation other than JSON is refused before it
	 * changes anything (406), any client may be slowed down (429), the database may not
	 * answer (503), and a read under {@code /api/} answers 304 to a matching
	 * If-None-Match. Then each error answer gets examples of the problems it names
	 * ({@link ProblemExamples}).
	 */
	@Bean
	OpenApiCustomizer commonProblemResponses() {
		return (openApi) -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				if (operation.getResponses() == null) {
					return;
				}
				// Every error answer is a problem: one documented by its status and
				// description alone (which springdoc gives the operation's own body) gets
				// the problem+json body.
				operation.getResponses().forEach((status, response) -> {
					if ((status.startsWith("4") || status.startsWith("5")) && response.get$ref() == null
							&& (response.getContent() == null
									|| !response.getContent().containsKey("application/problem+json"))) {
						response.content(problemContent());
					}
				});
				addProblem(operation.getResponses(), "400",
						"The URL or a header is malformed: an encoded slash, a path traversal, control characters "
								+ "(code malformed-request)");
				addProblem(operation.getResponses(), "401",
						"The Authorization header holds no valid API key: malformed, unknown or revoked (code "
								+ "unauthorized). Reads need no key, but a key that is sent must be valid.");
				if (path.startsWith("/api/")) {
					addProblem(operation.getResponses(), "403",
							"A cross-origin request from a browser whose origin, method or headers this server does "
									+ "not accept (code forbidden)");
				}
				if (operation.getRequestBody() != null) {
					addProblem(operation.getResponses(), "413",
							"The body exceeds the size limit (code payload-too-large); nothing was changed");
				}
				addProblem(operation.getResponses(), "406",
						"The Accept header asks for something other than JSON (code not-acceptable); nothing was "
								+ "changed");
				addProblem(operation.getResponses(), "429",
						"Too many requests from this client (code too-many-requests); Retry-After and the "
								+ "RateLimit-* headers say when to try again. Nothing was changed.");
				addProblem(operation.getResponses(), "503",
						"The database did not answer in time or is unreachable (code service-unavailable); try "
								+ "again shortly. Nothing was changed.");
				if (method == PathItem.HttpMethod.GET && path.startsWith("/api/") && answersJson(operation)
						&& !operation.getResponses().containsKey("304")) {
					operation.getResponses()
						.addApiResponse("304", new ApiResponse().description(
								"Not Modified: If-None-Match holds the answer's current ETag; no body is sent."));
				}
			}));
			ProblemExamples.addTo(openApi);
		};
	}

	/**
	 * Whether the operation answers JSON that the ETag filter buffers (a stream, such as
	 * the NDJSON export, gets no ETag and so no 304).
	 */
	private static boolean answersJson(io.swagger.v3.oas.models.Operation operation) {
		ApiResponse ok = operation.getResponses().get("200");
		return ok != null && ok.getContent() != null && ok.getContent().containsKey("application/json");
	}

	private static void addProblem(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
		}
	}

	private static Content problemContent() {
		return new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> problem() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				new StringSchema().format("uri-reference")
					.description("Identifies the problem type; resolves to its catalogue entry")
					.example("/problems/not-found"));
		properties.put("title",
				new StringSchema().description("Short summary of the problem type").example("Resource not found"));
		properties.put("status", new IntegerSchema().description("The HTTP status").example(404));
		properties.put("detail", new StringSchema().description("What went wrong with this request")
			.example("No film with id 'tt0000001'"));
		properties.put("instance",
				new StringSchema().format("uri-reference")
					.description("The path of the request")
					.example("/api/v1/films/tt0000001"));
		properties.put("code",
				new StringSchema().description("Stable code to switch on")
					._enum(java.util.Arrays.stream(ProblemType.values()).map(ProblemType::code).toList())
					.example("not-found"));
		properties.put("correlationId",
				new StringSchema().description("Identifies the request in the server's log; also sent as X-Request-Id")
					.example("5b0c2a8e-2f3c-4d0e-9a57-8d1f0a3c6e21"));
		ObjectSchema error = new ObjectSchema();
		error.addProperty("name", new StringSchema().description("The parameter or field").example("include"));
		error.addProperty("in", new StringSchema()._enum(List.of("path", "query", "header", "body")).example("query"));
		error.addProperty("message", new StringSchema().description("Why it was refused")
			.example("unknown section 'bloopers'; expected a comma-separated list of cast, crew, …, or all"));
		error.setRequired(List.of("name", "in", "message"));
		properties.put("errors",
				new ArraySchema().items(error).description("Each refused input; present when inputs were refused"));
		ObjectSchema problem = new ObjectSchema();
		problem.setProperties(properties);
		problem.setRequired(List.of("type", "title", "status", "code"));
		problem.setDescription("An RFC 9457 problem: every error Marquee answers with has this shape.");
		return problem;
	}

}
