package dev.marquee.support.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the document's schemas say exactly what travels, once every other customizer has
 * written its part:
 * <ul>
 * <li>an answer's schema lists every component of its record as required, since every one
 * is always written ({@code null} included); what a view adds only when asked for (a
 * film's sections) stays optional;</li>
 * <li>a merge-patch operation ({@code application/merge-patch+json}) takes its own
 * schema, named after the body it patches ({@code TriviaInput} → {@code TriviaPatch}):
 * every field optional, {@code null} allowed where it clears the field (whatever is not
 * required in the full body), and objects patched field by field as RFC 7396 merges them;
 * its example changes one field ({@link PatchExamples}).</li>
 * </ul>
 * Schemas both taken and answered (the film document's) keep the request's rule: what
 * they require is what a PUT must send.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ContractSchemas implements OpenApiCustomizer {

	private static final String SCHEMAS = "#/components/schemas/";

	private static final String MERGE_PATCH = "application/merge-patch+json";

	@Override
	@SuppressWarnings("rawtypes")
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
				|| openApi.getPaths() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Map<String, Schema> patches = new LinkedHashMap<>();
		Set<String> requests = new HashSet<>();
		Set<String> answers = new HashSet<>();
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				operation.getRequestBody().getContent().forEach((type, media) -> {
					if (MERGE_PATCH.equals(type) && media.getSchema() != null && media.getSchema().get$ref() != null) {
						String patch = patch(name(media.getSchema()), schemas, patches);
						media.setSchema(new JsonSchema().$ref(SCHEMAS + patch));
						PatchExamples.add(patch, media);
					}
				});
				operation.getRequestBody().getContent().values().forEach((media) -> reach(media, schemas, requests));
			}
			answered(operation).forEach((media) -> reach(media, schemas, answers));
		}));
		patches.forEach(schemas::put);
		for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
			Schema schema = entry.getValue();
			Object components = (schema.getExtensions() != null)
					? schema.getExtensions().remove(RecordSchemas.COMPONENTS) : null;
			if (schema.getExtensions() != null && schema.getExtensions().isEmpty()) {
				schema.setExtensions(null);
			}
			if (components instanceof List<?> names && answers.contains(entry.getKey())
					&& !requests.contains(entry.getKey())) {
				List<String> required = new ArrayList<>();
				names.forEach((name) -> required.add((String) name));
				schema.setRequired(required);
				// a default says what a request may leave out; an answer leaves out
				// nothing
				required.forEach((name) -> {
					Schema property = (Schema) schema.getProperties().get(name);
					property.setDefault(null);
					property.setDefaultSetFlag(false);
				});
			}
		}
	}

	private static List<MediaType> answered(Operation operation) {
		List<MediaType> media = new ArrayList<>();
		if (operation.getResponses() != null) {
			operation.getResponses().values().forEach((response) -> {
				if (response.getContent() != null) {
					media.addAll(response.getContent().values());
				}
			});
		}
		return media;
	}

	/**
	 * The name of the patch schema of {@code base}, made (with those of the objects it
	 * holds) when first asked for.
	 */
	@SuppressWarnings("rawtypes")
	private static String patch(String base, Map<String, Schema> schemas, Map<String, Schema> patches) {
		String name = base.endsWith("Patch") ? base
				: (base.endsWith("Input") ? base.substring(0, base.length() - "Input".length()) : base) + "Patch";
		if (patches.containsKey(name)) {
			return name;
		}
		Schema<?> full = schemas.get(base);
		JsonSchema patch = new JsonSchema();
		patches.put(name, patch);
		patch.types(Set.of("object"));
		patch.setDescription(base.endsWith("Patch") ? full.getDescription() : "A JSON merge patch (RFC 7396) of "
				+ article(base) + ": only the fields sent change; "
				+ "null removes an optional field (or resets it to its default); objects are patched field by field, "
				+ "arrays replaced whole.");
		Map<String, Schema> properties = new LinkedHashMap<>();
		List<String> required = (full.getRequired() != null) ? full.getRequired() : List.of();
		if (full.getProperties() != null) {
			full.getProperties().forEach((field, property) -> {
				Schema copy = patchOf(property, schemas, patches);
				properties.put(field, required.contains(field) ? copy : RecordSchemas.nullable(copy));
			});
		}
		patch.setProperties(properties);
		patch.setAdditionalProperties(full.getAdditionalProperties());
		return name;
	}

	/**
	 * A property as a patch sends it: a copy, referring to the patch of an object it
	 * holds.
	 */
	@SuppressWarnings("rawtypes")
	private static Schema patchOf(Schema property, Map<String, Schema> schemas, Map<String, Schema> patches) {
		if (property.get$ref() != null && isObject(schemas.get(name(property)))) {
			return new JsonSchema().$ref(SCHEMAS + patch(name(property), schemas, patches));
		}
		if (property.getAnyOf() != null) {
			List<Schema> either = new ArrayList<>();
			for (Object member : property.getAnyOf()) {
				either.add(patchOf((Schema) member, schemas, patches));
			}
			Schema copy = copy(property);
			copy.setAnyOf(either);
			return copy;
		}
		return copy(property);
	}

	@SuppressWarnings("rawtypes")
	private static Schema copy(Schema schema) {
		try {
			return Json31.mapper().readValue(Json31.mapper().writeValueAsString(schema), Schema.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("Cannot copy a schema", ex);
		}
	}

	@SuppressWarnings("rawtypes")
	private static boolean isObject(@Nullable Schema schema) {
		return schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty();
	}

	/**
	 * Every schema {@code media} refers to, directly or through others.
	 */
	@SuppressWarnings("rawtypes")
	private static void reach(MediaType media, Map<String, Schema> schemas, Set<String> reached) {
		if (media.getSchema() != null) {
			reach(media.getSchema(), schemas, reached);
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void reach(@Nullable Schema schema, Map<String, Schema> schemas, Set<String> reached) {
		if (schema == null) {
			return;
		}
		if (schema.get$ref() != null) {
			String name = name(schema);
			if (reached.add(name)) {
				reach(schemas.get(name), schemas, reached);
			}
			return;
		}
		reach(schema.getItems(), schemas, reached);
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).values().forEach((p) -> reach(p, schemas, reached));
		}
		for (List<Schema> members : new List[] { schema.getOneOf(), schema.getAnyOf(), schema.getAllOf() }) {
			if (members != null) {
				members.forEach((member) -> reach(member, schemas, reached));
			}
		}
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			reach(additional, schemas, reached);
		}
	}

	@SuppressWarnings("rawtypes")
	private static String name(Schema reference) {
		String ref = reference.get$ref();
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	private static String article(String base) {
		String noun = base.replaceAll("(Input|Patch)$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

}
