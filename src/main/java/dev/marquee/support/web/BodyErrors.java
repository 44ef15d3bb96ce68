package dev.marquee.support.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * Turns what goes wrong reading or validating a JSON body into the fields at fault.
 */
final class BodyErrors {

	private BodyErrors() {
	}

	static List<InvalidParam> of(MethodArgumentNotValidException ex) {
		List<InvalidParam> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(InvalidParam.body(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(InvalidParam.body("", String.valueOf(error.getDefaultMessage()))));
		return errors;
	}

	/**
	 * The field a databind failure names, or {@code null} when it names none (then the
	 * body is simply malformed).
	 */
	static @Nullable InvalidParam of(JacksonException ex) {
		InvalidParam duplicate = duplicateKey(ex);
		if (duplicate != null) {
			return duplicate;
		}
		String name = JsonPaths.of(ex.getPath());
		if (name.isEmpty()) {
			return null;
		}
		return InvalidParam.body(name, message(ex));
	}

	/**
	 * A key sent twice in one object
	 * ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}): the parser stands on the
	 * second one.
	 */
	private static @Nullable InvalidParam duplicateKey(JacksonException ex) {
		if (ex instanceof StreamReadException read && read.processor() != null
				&& String.valueOf(ex.getOriginalMessage()).startsWith("Duplicate Object property")) {
			String name = JsonPaths.of(read.processor().streamReadContext());
			return InvalidParam.body(name, "is sent twice in one object; send each field once");
		}
		return null;
	}

	private static String message(JacksonException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
				return cause.getMessage();
			}
		}
		if (ex instanceof InputCoercionException) {
			return "is a number out of the range this field takes";
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be " + jsonType(mismatch.getTargetType());
		}
		return "has a value of the wrong type or form";
	}

	static String jsonType(Class<?> type) {
		if (RequestScalars.isWhole(type)) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class || type.isEnum()) {
			return "a string";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (type.getName().startsWith("java.time.")) {
			return "an ISO 8601 date or time";
		}
		return "an object";
	}

}
