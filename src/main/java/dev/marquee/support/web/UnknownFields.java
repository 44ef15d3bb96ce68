package dev.marquee.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Collects every unknown field of a request body instead of failing at the first, so the
 * problem can list them all. Collection runs only while a request body is read
 * ({@link StrictBodyAdvice} starts and finishes it); anywhere else an unknown field fails
 * at once, as {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
 */
final class UnknownFields extends DeserializationProblemHandler {

	/**
	 * What every resource carries and only the server assigns.
	 */
	static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt");

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
				: "is not a field of this body";
		errors.add(new InvalidParam(JsonPaths.of(context), "body", message));
		p.skipChildren();
		return true;
	}

}
