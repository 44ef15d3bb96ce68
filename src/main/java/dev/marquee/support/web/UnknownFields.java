package dev.marquee.support.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Collects every unknown field of a request body, and every value of the wrong type or
 * form (a string where a number belongs, a date that is no date), instead of failing at
 * the first, so the problem can list them all: a wrong value is read as nothing and
 * reading goes on (a value an enum does not have too, with the values it has). Collection
 * runs only while a request body is read ({@link StrictBodyAdvice} starts and finishes
 * it); anywhere else an unknown field or a wrong value fails at once, as
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
 */
final class UnknownFields extends DeserializationProblemHandler {

	/**
	 * What every resource carries and only the server assigns.
	 */
	static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt");

	/**
	 * Fields of API v1 renamed since, by their old names: a body that still sends one is
	 * pointed to its new name where the body has it.
	 */
	static final Map<String, String> RENAMED = Map.of("year", "releaseYear");

	private static final ThreadLocal<@Nullable List<InvalidParam>> collected = new ThreadLocal<>();

	static void start() {
		collected.set(new ArrayList<>());
	}

	/**
	 * The unknown fields seen since {@link #start()}, and stops collecting.
	 */
	static List<InvalidParam> finish() {
		List<InvalidParam> errors = collected.get();
		collected.remove();
		return (errors != null) ? errors : List.of();
	}

	/**
	 * The context of the place the object with the unknown property is at. Jackson reads
	 * the unknown properties of an object built by a creator (a record) from a buffer
	 * afterwards: then the property's context is an array named after the property, and
	 * the object's own context is its parent.
	 */
	private static @Nullable TokenStreamContext container(@Nullable TokenStreamContext property) {
		if (property == null) {
			return null;
		}
		TokenStreamContext object = (property.inArray() && property.currentName() != null) ? property.getParent()
				: property;
		return (object != null) ? object.getParent() : null;
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
			Object beanOrClass, String propertyName) {
		List<InvalidParam> errors = collected.get();
		if (errors == null) {
			return false;
		}
		TokenStreamContext context = p.streamReadContext();
		if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
			context = context.getParent();
		}
		String message = READ_ONLY.contains(propertyName) ? "is read-only: the server assigns it"
				: "is not a field of this body" + hint(propertyName, known(deserializer));
		String container = JsonPaths.of(container(context));
		errors.add(
				new InvalidParam(container.isEmpty() ? propertyName : container + "." + propertyName, "body", message));
		p.skipChildren();
		return true;
	}

	private static String hint(String name, List<String> known) {
		String renamed = RENAMED.get(name);
		return (renamed != null && known.contains(renamed)) ? " (did you mean '" + renamed + "'?)"
				: Closest.hint(name, known);
	}

	private static List<String> known(ValueDeserializer<?> deserializer) {
		Collection<Object> names = deserializer.getKnownPropertyNames();
		return (names != null)
				? names.stream().map(String::valueOf).filter((name) -> !READ_ONLY.contains(name)).toList() : List.of();
	}

	@Override
	public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
			String failureMsg) {
		return wrong(ctxt.getParser(), targetType);
	}

	@Override
	public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
			String failureMsg) {
		return wrong(ctxt.getParser(), targetType);
	}

	@Override
	public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
			String failureMsg) {
		return wrong(p, targetType.getRawClass());
	}

	/**
	 * A value an enum does not have: its factory names the values it takes, and that is
	 * the message.
	 */
	@Override
	public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
			Throwable t) {
		if (!instClass.isEnum() || !(t instanceof IllegalArgumentException) || t.getMessage() == null) {
			return NOT_HANDLED;
		}
		return wrong(ctxt.getParser(), instClass, t.getMessage());
	}

	/**
	 * Notes the value the parser stands on as of the wrong type and skips it, answering
	 * the nothing it is read as: null, or a primitive's zero.
	 */
	private static @Nullable Object wrong(JsonParser p, Class<?> targetType) {
		return wrong(p, targetType, "must be " + BodyErrors.jsonType(targetType));
	}

	private static @Nullable Object wrong(@Nullable JsonParser p, Class<?> targetType, String message) {
		List<InvalidParam> errors = collected.get();
		if (errors == null || p == null) {
			return NOT_HANDLED;
		}
		TokenStreamContext context = p.streamReadContext();
		if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
			context = context.getParent();
		}
		String name = JsonPaths.of(context);
		if (name.isEmpty() || errors.stream().anyMatch((error) -> error.name().equals(name))) {
			return NOT_HANDLED;
		}
		errors.add(InvalidParam.body(name, message));
		p.skipChildren();
		return nothing(targetType);
	}

	private static @Nullable Object nothing(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == char.class) {
			return '\0';
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0.0d;
		}
		if (type == float.class) {
			return 0.0f;
		}
		if (type == short.class) {
			return (short) 0;
		}
		if (type == byte.class) {
			return (byte) 0;
		}
		return (type == int.class) ? 0 : null;
	}

}
