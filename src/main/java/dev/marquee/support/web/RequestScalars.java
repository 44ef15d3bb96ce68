package dev.marquee.support.web;

import java.math.BigInteger;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Numbers and booleans of a request body taken only as JSON writes them: {@code "128"} is
 * not the number 128, {@code 128.5} is not a whole number, {@code 1} and {@code "true"}
 * are not {@code true}. Jackson would convert each quietly (and {@link RequestStrings}
 * refuses a number or boolean where a string belongs). A value of the wrong JSON type is
 * handed to the body's problem handler ({@link UnknownFields}), so it is named with every
 * other field at fault in one answer.
 */
final class RequestScalars extends DelegatingDeserializer {

	private static final Set<Class<?>> WHOLE = Set.of(int.class, long.class, short.class, byte.class, Integer.class,
			Long.class, Short.class, Byte.class, BigInteger.class);

	private final Class<?> type;

	private RequestScalars(ValueDeserializer<?> delegate, Class<?> type) {
		super(delegate);
		this.type = type;
	}

	static SimpleModule module() {
		return new SimpleModule("request-scalars").setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				return (isNumber(type) || isBoolean(type)) ? new RequestScalars(deserializer, type) : deserializer;
			}

		});
	}

	@Override
	protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
		return new RequestScalars(delegate, this.type);
	}

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		if (!takes(parser.currentToken())) {
			return context.handleUnexpectedToken(this.type, parser);
		}
		return super.deserialize(parser, context);
	}

	private boolean takes(JsonToken token) {
		if (token == JsonToken.VALUE_NULL || token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
			return true; // null as configured; arrays and objects: the delegate refuses
							// them itself
		}
		if (isBoolean(this.type)) {
			return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
		}
		return token == JsonToken.VALUE_NUMBER_INT
				|| (token == JsonToken.VALUE_NUMBER_FLOAT && !WHOLE.contains(this.type));
	}

	static boolean isWhole(Class<?> type) {
		return WHOLE.contains(type);
	}

	private static boolean isNumber(Class<?> type) {
		return Number.class.isAssignableFrom(type)
				|| (type.isPrimitive() && type != boolean.class && type != char.class && type != void.class);
	}

	private static boolean isBoolean(Class<?> type) {
		return type == boolean.class || type == Boolean.class;
	}

}
