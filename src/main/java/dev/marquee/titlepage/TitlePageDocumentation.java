package dev.marquee.titlepage;

import java.util.Map;
import java.util.Set;

import dev.marquee.section.SectionRegistry;
import dev.marquee.section.TitlePageSection;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents the title page from the registry's sections, so that a new section needs no
 * word here: each section's property on the {@code Film} schema (a list of its view, or
 * its view, possibly null), in place order, and the section names in the description of
 * {@code GET /films/{id}}.
 */
@Component
class TitlePageDocumentation implements OpenApiCustomizer {

	/**
	 * Stands for the section names in {@link FilmController#DESCRIPTION}.
	 */
	static final String SECTIONS = "{sections}";

	private static final String SCHEMAS = "#/components/schemas/";

	private final SectionRegistry registry;

	TitlePageDocumentation(SectionRegistry registry) {
		this.registry = registry;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Schema<?> film = schemas.get("Film");
		if (film != null) {
			for (TitlePageSection section : this.registry.titlePage()) {
				film.addProperty(section.embedding().property(), property(section.embedding(), schemas));
			}
		}
		PathItem path = (openApi.getPaths() != null) ? openApi.getPaths().get("/api/v1/films/{id}") : null;
		Operation get = (path != null) ? path.getGet() : null;
		if (get != null && get.getDescription() != null) {
			get.setDescription(get.getDescription().replace(SECTIONS, Includes.names(this.registry.titlePage())));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> property(TitlePageSection.Embedding embedding, Map<String, Schema> schemas) {
		String view = embedding.view().getSimpleName();
		if (!schemas.containsKey(view)) {
			schemas.putAll(ModelConverters.getInstance(true).readAll(new AnnotatedType(embedding.view())));
		}
		JsonSchema reference = (JsonSchema) new JsonSchema().$ref(SCHEMAS + view);
		return switch (embedding.shape()) {
			case LIST -> new JsonSchema().types(Set.of("array")).items(reference);
			case ONE -> reference;
			case ONE_OR_NULL -> reference.types(Set.of("null"));
		};
	}

}
