package dev.marquee.support.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Names the operations of the OpenAPI document by what they do ({@code getFilm},
 * {@code searchFilmsAndPeople}), so that clients generated from the document get stable,
 * meaningful method names. Springdoc's own ids are the Java method names, numbered by the
 * order it meets them ({@code replace_7}), and would change whenever a controller is
 * added.
 * <p>
 * The names are listed in {@code openapi/operation-ids.txt}, one operation a line; the
 * item operations of a film's sections are named by their section instead
 * ({@code patchFilmTrivia}). An operation named nowhere keeps springdoc's id, which the
 * contract tests refuse.
 */
@Component
class OperationIds implements OpenApiCustomizer {

	private final Map<String, String> names = read();

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String id = this.names.get(method.name() + " " + path);
			if (id != null) {
				operation.setOperationId(id);
			}
		}));
	}

	private static Map<String, String> read() {
		try {
			String text = new ClassPathResource("openapi/operation-ids.txt").getContentAsString(StandardCharsets.UTF_8);
			return text.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.collect(Collectors.toMap((line) -> line.substring(0, line.lastIndexOf(' ')),
						(line) -> line.substring(line.lastIndexOf(' ') + 1)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
