package dev.marquee.support.web;

import java.text.Normalizer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of a request body as Marquee stores it: in Unicode normalization form C,
 * so that "Amiée" typed with a precomposed {@code é} or with {@code e} and a combining
 * accent is one name, and refused (400, naming the field) when it holds what text cannot
 * keep — the NUL character (JSON allows {@code \u0000}, PostgreSQL text does not), or a
 * lone surrogate ({@code \ud800} without its pair, which is no character at all and would
 * be stored as {@code ?}); and refused when it is not a JSON string at all ({@code 5},
 * {@code true}): Jackson would quietly turn those into {@code "5"} and {@code "true"}.
 */
final class RequestStrings extends StringDeserializer {

	static final String NUL = "must not contain the NUL character (U+0000)";

	static final String LONE_SURROGATE = "must not contain a lone surrogate (an escaped \\ud800-\\udfff without "
			+ "its pair): it is not a Unicode character";

	static SimpleModule module() {
		return new SimpleModule("request-strings").addDeserializer(String.class, new RequestStrings());
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
				|| token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			// a number or boolean is not text: refused (named with the body's other
			// faults), not turned into one
			return (String) context.handleUnexpectedToken(String.class, parser);
		}
		String value = super.deserialize(parser, context);
		if (value == null) {
			return null;
		}
		String refusal = refusal(value);
		if (refusal != null) {
			InvalidFormatException refused = InvalidFormatException.from(parser, refusal, value, String.class);
			refused.initCause(new IllegalArgumentException(refusal));
			throw refused;
		}
		return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
				: Normalizer.normalize(value, Normalizer.Form.NFC);
	}

	private static String refusal(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\u0000') {
				return NUL;
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return LONE_SURROGATE;
			}
		}
		return null;
	}

}
