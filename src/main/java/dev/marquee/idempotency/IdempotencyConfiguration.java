package dev.marquee.idempotency;

import java.util.Objects;

import dev.marquee.support.web.ProblemWriter;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

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
	 * POST operation; before the answers any operation can give are added.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OpenApiCustomizer idempotencyKeyDocumentation() {
		return (openApi) -> {
			if (openApi.getPaths() != null) {
				openApi.getPaths()
					.values()
					.stream()
					.map(PathItem::getPost)
					.filter(Objects::nonNull)
					.forEach(IdempotencyConfiguration::document);
			}
		};
	}

	private static void document(io.swagger.v3.oas.models.Operation operation) {
		boolean documented = operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch((parameter) -> IdempotencyFilter.HEADER.equals(parameter.getName()));
		if (!documented) {
			operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
				.required(false)
				.description("A key of your choice (1 to 255 visible ASCII characters, a UUID is ideal) that "
						+ "makes the request safe to retry: for 24 hours, the same request with the same key, from "
						+ "the same API key, gets the first answer again (with Idempotent-Replayed: true) instead "
						+ "of acting twice.")
				.schema(new StringSchema().maxLength(255))
				.example("5f0c6a8e-8d1b-4c39-9a51-2a1f3c7d9e10"));
		}
		// An operation's own answers with these statuses stay documented: the key's
		// are added to them.
		answer(operation, "400", "Refused: ",
				"an Idempotency-Key that is not 1 to 255 visible ASCII characters (code invalid-parameter)");
		answer(operation, "409", "",
				"the first request with this Idempotency-Key is still running (code idempotency-key-in-progress); "
						+ "retry later");
		answer(operation, "422", "",
				"this Idempotency-Key was used for a different request (code idempotency-key-reused)");
	}

	private static void answer(io.swagger.v3.oas.models.Operation operation, String status, String prefix,
			String description) {
		ApiResponse existing = operation.getResponses().get(status);
		if (existing == null) {
			String text = prefix.isEmpty() ? Character.toUpperCase(description.charAt(0)) + description.substring(1)
					: prefix + description;
			operation.getResponses().addApiResponse(status, problem(text));
		}
		else if (!existing.getDescription().contains(description)) {
			existing.description(existing.getDescription() + "; or " + description);
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
	}

}
