package dev.marquee.support.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a JSON string holding the NUL character (U+0000, sent as {@code \u0000}): JSON
 * allows it, but PostgreSQL text cannot store it, so such a value is the client's mistake
 * (400, naming the field), never a failed write.
 */
final class NulRefusingStrings extends StringDeserializer {

	static final String MESSAGE = "must not contain the NUL character (U+0000)";

	static SimpleModule module() {
		return new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new NulRefusingStrings());
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		String value = super.deserialize(parser, context);
		if (value != null && value.indexOf('\u0000') >= 0) {
			InvalidFormatException refused = InvalidFormatException.from(parser, MESSAGE, value, String.class);
			refused.initCause(new IllegalArgumentException(MESSAGE));
			throw refused;
		}
		return value;
	}

}
