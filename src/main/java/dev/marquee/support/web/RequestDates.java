package dev.marquee.support.web;

import java.time.LocalDate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates of a request body are ISO 8601 dates of the years 1 to 9999: what PostgreSQL's
 * {@code date} and the API give back exactly as sent. Before year 1 the calendars part
 * ({@code 0000-01-01} would come back as {@code 0001-01-01}) and past 9999 ISO 8601 needs
 * a sign ({@code +10000-01-01}); both are refused (400, naming the field).
 */
final class RequestDates extends ValueDeserializer<LocalDate> {

	static final LocalDate FIRST = LocalDate.of(1, 1, 1);

	static final LocalDate LAST = LocalDate.of(9999, 12, 31);

	static final String MESSAGE = "must be a date from " + FIRST + " to " + LAST;

	static SimpleModule module() {
		return new SimpleModule("request-dates").addDeserializer(LocalDate.class, new RequestDates());
	}

	@Override
	public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
		if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
			InvalidFormatException refused = InvalidFormatException.from(parser, MESSAGE, date, LocalDate.class);
			refused.initCause(new IllegalArgumentException(MESSAGE));
			throw refused;
		}
		return date;
	}

}
