package dev.marquee.films;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.marquee.film.Film;
import dev.marquee.section.SectionRegistry;
import dev.marquee.section.TitlePageSection;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents the title page from the registry's sections, so that a new section needs no
 * word here: each section's property on the {@code Film} schema (a list of its view, or
 * its view, possibly null), in place order, and the section names in the description of
 * {@code GET /films/{id}} and of the API.
 */
@Component
class TitlePageDocumentation implements OpenApiCustomizer {

	/**
	 * Stands for the section names in {@link FilmController#DESCRIPTION}.
	 */
	static final String SECTIONS = "{sections}";

	/**
	 * Stands for the sections, in words, in the API's description.
	 */
	private static final String API_SECTIONS = "{title-page-sections}";

	private static final String SCHEMAS = "#/components/schemas/";

	private static final String FILM = "Film";

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
		Schema<?> film = schemas.get(FILM);
		if (film != null) {
			Set<String> own = references(film);
			Set<String> views = new TreeSet<>();
			for (TitlePageSection section : this.registry.titlePage()) {
				TitlePageSection.Embedding embedding = section.embedding();
				film.addProperty(embedding.property(), property(embedding));
				views.add(embedding.view().getSimpleName());
				if (!schemas.containsKey(embedding.view().getSimpleName())) {
					ModelConverters.getInstance(true)
						.readAll(new AnnotatedType(embedding.view()))
						.forEach((name, schema) -> {
							schemas.putIfAbsent(name, schema);
							views.add(name);
						});
				}
			}
			openApi.getComponents().setSchemas(inPlace(schemas, own, views));
		}
		if (openApi.getInfo() != null && openApi.getInfo().getDescription() != null) {
			openApi.getInfo()
				.setDescription(openApi.getInfo()
					.getDescription()
					.replace(API_SECTIONS, Includes.names(this.registry.titlePage()).replace('-', ' ')));
		}
		PathItem path = (openApi.getPaths() != null) ? openApi.getPaths().get("/api/v1/films/{id}") : null;
		Operation get = (path != null) ? path.getGet() : null;
		if (get != null && get.getDescription() != null) {
			get.setDescription(get.getDescription().replace(SECTIONS, Includes.names(this.registry.titlePage())));
		}
		if (get != null && get.getParameters() != null) {
			get.getParameters()
				.stream()
				.filter((parameter) -> "include".equals(parameter.getName()))
				.forEach(this::includeParameter);
		}
	}

	/**
	 * {@code include} as what it is: a comma-separated list (form style, not exploded) of
	 * the section names or {@code all}.
	 */
	private void includeParameter(Parameter include) {
		List<String> names = new ArrayList<>();
		this.registry.titlePage().forEach((section) -> names.add(section.embedding().name()));
		names.add(Includes.ALL);
		include.style(Parameter.StyleEnum.FORM)
			.explode(false)
			.schema(new JsonSchema().types(Set.of("array"))
				.items(new JsonSchema().types(Set.of("string"))._enum(new ArrayList<>(names)))
				.uniqueItems(true));
		include.setExample(List.of(Includes.ALL));
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> property(TitlePageSection.Embedding embedding) {
		JsonSchema reference = (JsonSchema) new JsonSchema().$ref(SCHEMAS + embedding.view().getSimpleName());
		return switch (embedding.shape()) {
			case LIST -> new JsonSchema().types(Set.of("array")).items(reference);
			case ONE -> reference;
			case ONE_OR_NULL -> new JsonSchema().anyOf(List.of(reference, new JsonSchema().types(Set.of("null"))));
		};
	}

	/**
	 * The schemas the film's own properties refer to.
	 */
	@SuppressWarnings("rawtypes")
	private static Set<String> references(Schema<?> film) {
		Set<String> names = new HashSet<>();
		if (film.getProperties() != null) {
			for (Schema property : film.getProperties().values()) {
				Schema target = (property.getItems() != null) ? property.getItems() : property;
				if (target.get$ref() != null) {
					names.add(target.get$ref().substring(target.get$ref().lastIndexOf('/') + 1));
				}
			}
		}
		return names;
	}

	/**
	 * The schemas in the order springdoc gives them when it meets the film's record with
	 * everything it shows: the film and the schemas first met through it together, in
	 * name order. A section's view that nothing before the film shows stands there, not
	 * where an operation after it happens to name it, so the document does not depend on
	 * how the title page holds its sections.
	 */
	@SuppressWarnings("rawtypes")
	private static Map<String, Schema> inPlace(Map<String, Schema> schemas, Set<String> own, Set<String> views) {
		List<String> names = new ArrayList<>(schemas.keySet());
		int start = names.indexOf(FILM);
		while (start > 0 && own.contains(names.get(start - 1))) {
			start--;
		}
		int end = names.indexOf(FILM) + 1;
		while (end < names.size() && own.contains(names.get(end))) {
			end++;
		}
		Set<String> group = new TreeSet<>(names.subList(start, end));
		for (String view : views) {
			if (names.indexOf(view) >= end) {
				group.add(view);
			}
		}
		Map<String, Schema> ordered = new LinkedHashMap<>();
		names.subList(0, start).forEach((name) -> ordered.put(name, schemas.get(name)));
		group.forEach((name) -> ordered.put(name, schemas.get(name)));
		names.subList(end, names.size()).forEach((name) -> ordered.putIfAbsent(name, schemas.get(name)));
		return ordered;
	}

}
