package dev.marquee.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.marquee.film.Films;
import dev.marquee.support.web.PageView;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents every section's operations from its {@link SectionDescriptor}: summary,
 * description and operation id in the section's words, the parameters, the body and
 * answer schemas by name (so the document does not depend on how springdoc resolves the
 * controller's type parameters), and the answers every section shares. First among the
 * operation customizers, so that those adding to an operation's answers find them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SectionDocumentation implements OperationCustomizer {

	static final String TAG = Films.SECTIONS_TAG;

	private static final String SCHEMAS = "#/components/schemas/";

	private final SectionRegistry registry;

	SectionDocumentation(SectionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (!SectionItemController.class.isAssignableFrom(handlerMethod.getBeanType())) {
			return operation;
		}
		SectionDescriptor section = this.registry.of(handlerMethod.getBeanType());
		SectionOperation kind = SectionOperation.valueOf(handlerMethod.getMethod().getName().toUpperCase(Locale.ROOT));
		operation.setTags(List.of(TAG));
		operation.summary(kind.summary(section))
			.description(kind.description(section))
			.operationId(kind.operationId(section));
		if (kind.writes()) {
			operation.setSecurity(List.of(new SecurityRequirement().addList("bearer")));
		}
		operation.setParameters(
				parameters((operation.getParameters() != null) ? operation.getParameters() : List.of(), section));
		if (kind.consumes() != null) {
			operation.requestBody(new RequestBody().required(true)
				.content(json(kind.consumes(), section.inputType().getSimpleName())));
		}
		String view = section.viewType().getSimpleName();
		kind.answers()
			.writeTo(operation, json(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
					(kind == SectionOperation.LIST) ? "PageView" + view : view));
		return operation;
	}

	private static List<Parameter> parameters(List<Parameter> generated, SectionDescriptor section) {
		List<Parameter> parameters = new ArrayList<>();
		for (Parameter parameter : generated) {
			switch (parameter.getName()) {
				case "id" -> parameters.add(parameter.description(Films.ID_PARAMETER).example("tt3783958"));
				case "itemId" -> parameters.add(parameter.description(SectionPaging.ITEM_ID).example(1));
				case "size" -> parameters.add(parameter.description(PageView.SIZE).example(20));
				case "after" -> parameters.add(parameter.description(PageView.AFTER));
				case "sort", "spoilers" -> {
				}
				default -> parameters.add(parameter);
			}
		}
		if (generated.stream().anyMatch((parameter) -> parameter.getName().equals("size"))) {
			parameters.addAll(section.filters());
		}
		return parameters;
	}

	private static Content json(String mediaType, String schema) {
		return new Content().addMediaType(mediaType, new MediaType().schema(new Schema<>().$ref(SCHEMAS + schema)));
	}

}
