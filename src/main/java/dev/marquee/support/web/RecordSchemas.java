package dev.marquee.support.web;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * States in the OpenAPI document what the records that travel as JSON say in Java: a
 * component marked {@link Nullable} may be {@code null} (OpenAPI 3.1
 * {@code type: [T, "null"]}, or {@code anyOf} a reference and {@code null}), and a
 * primitive that its own default satisfies ({@code false}, {@code 0}) may be left out of
 * a request body, which then gets that default (see {@code WebConfiguration}); one
 * written only when not null ({@code @JsonInclude(NON_NULL)}) is optional instead. The
 * components' names are kept on the schema ({@link #COMPONENTS}), so that
 * {@link ContractSchemas} can mark every one of them required where the record is an
 * answer: every component is always written, {@code null} included.
 */
@Component
class RecordSchemas implements ModelConverter {

	/**
	 * The record components a schema was made from; read and removed by
	 * {@link ContractSchemas}.
	 */
	static final String COMPONENTS = "x-marquee-components";

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved == null || type.getType() == null) {
			return resolved;
		}
		Class<?> raw = TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
		if (raw == null || !raw.isRecord()) {
			return resolved;
		}
		Schema model = resolved;
		if (resolved.get$ref() != null) {
			String ref = resolved.get$ref();
			model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (model == null || model.getProperties() == null
				|| model.getExtensions() != null && model.getExtensions().containsKey(COMPONENTS)) {
			return resolved;
		}
		Map<String, Schema> properties = model.getProperties();
		List<String> names = new ArrayList<>();
		for (RecordComponent component : raw.getRecordComponents()) {
			if (component.isAnnotationPresent(JsonIgnore.class) || accessorHas(component, JsonIgnore.class)) {
				continue;
			}
			String name = jsonName(component);
			Schema property = properties.get(name);
			if (property == null) {
				continue;
			}
			if (absentWhenNull(component)) {
				// written only when it has a value: optional, never null
				continue;
			}
			names.add(name);
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				properties.put(name, nullable(property));
			}
			else if (component.getType().isPrimitive() && defaultSatisfies(component)) {
				property.setDefault(component.getType() == boolean.class ? Boolean.FALSE : 0);
			}
		}
		model.addExtension(COMPONENTS, names);
		return resolved;
	}

	private static boolean absentWhenNull(RecordComponent component) {
		JsonInclude include = component.getAnnotation(JsonInclude.class);
		if (include == null) {
			include = component.getAccessor().getAnnotation(JsonInclude.class);
		}
		return include != null && include.value() == JsonInclude.Include.NON_NULL;
	}

	/**
	 * The schema that also allows {@code null}: {@code null} added to its types (and
	 * enum), or, for a reference, one of the reference and {@code null}.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema nullable(Schema property) {
		if (allowsNull(property)) {
			return property;
		}
		if (property.get$ref() != null || property.getAllOf() != null && property.getAllOf().size() == 1) {
			Schema target = (property.get$ref() != null) ? new JsonSchema().$ref(property.get$ref())
					: (Schema) property.getAllOf().get(0);
			Schema either = new JsonSchema().anyOf(List.of(target, new JsonSchema().types(Set.of("null"))));
			either.setDescription(property.getDescription());
			if (property.getExample() != null) {
				either.setExample(property.getExample());
			}
			return either;
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		if (types.isEmpty()) {
			return new JsonSchema().anyOf(List.of(property, new JsonSchema().types(Set.of("null"))));
		}
		types.add("null");
		property.setTypes(types);
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			List<Object> values = new ArrayList<>(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
		return property;
	}

	@SuppressWarnings("rawtypes")
	private static boolean allowsNull(Schema schema) {
		if (schema.getTypes() != null && schema.getTypes().contains("null")) {
			return true;
		}
		for (List<?> members : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
			if (members != null && members.stream()
				.anyMatch((member) -> member instanceof Schema each && each.getTypes() != null
						&& each.getTypes().contains("null"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a primitive's default ({@code false}, {@code 0}) is a value it accepts, so
	 * that it may be left out.
	 */
	private static boolean defaultSatisfies(RecordComponent component) {
		if (component.isAnnotationPresent(Positive.class)) {
			return false;
		}
		Min min = component.getAnnotation(Min.class);
		return min == null || min.value() <= 0;
	}

	private static String jsonName(RecordComponent component) {
		JsonProperty property = component.getAnnotation(JsonProperty.class);
		if (property == null) {
			property = component.getAccessor().getAnnotation(JsonProperty.class);
		}
		return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
	}

	private static boolean accessorHas(RecordComponent component, Class<JsonIgnore> annotation) {
		AnnotatedElement accessor = component.getAccessor();
		return accessor.isAnnotationPresent(annotation);
	}

}
