package dev.marquee.idempotency;

import dev.marquee.support.web.ProblemWriter;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

	/**
	 * After Spring Security (the caller's key scopes the Idempotency-Key) and after the
	 * body-size limit (the body is read whole to fingerprint it).
	 */
	static final int ORDER = 10;

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(store, problems));
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("idempotencyFilter");
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * Documents the Idempotency-Key header, and the two problems it can bring, on every
	 * POST operation.
	 */
	@Bean
	OperationCustomizer idempotencyKeyDocumentation() {
		return (operation, handlerMethod) -> {
			if (!handlerMethod.hasMethodAnnotation(PostMapping.class)) {
				return operation;
			}
			operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
				.required(false)
				.description("A key of your choice (1 to 255 visible ASCII characters, a UUID is ideal) that makes "
						+ "the request safe to retry: for 24 hours, the same request with the same key, from the same "
						+ "API key, gets the first answer again (with Idempotent-Replayed: true) instead of acting "
						+ "twice.")
				.schema(new StringSchema().maxLength(255))
				.example("5f0c6a8e-8d1b-4c39-9a51-2a1f3c7d9e10"));
			ApiResponse badRequest = operation.getResponses().get("400");
			String malformed = "an Idempotency-Key that is not 1 to 255 visible ASCII characters (code "
					+ "invalid-parameter)";
			if (badRequest != null) {
				badRequest.description(badRequest.getDescription() + "; or " + malformed);
			}
			else {
				operation.getResponses().addApiResponse("400", problem("Refused: " + malformed));
			}
			operation.getResponses()
				.addApiResponse("409", problem("The first request with this Idempotency-Key is still running "
						+ "(code idempotency-key-in-progress); retry later"));
			operation.getResponses()
				.addApiResponse("422", problem(
						"This Idempotency-Key was used for a different request " + "(code idempotency-key-reused)"));
			return operation;
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
	}

}
