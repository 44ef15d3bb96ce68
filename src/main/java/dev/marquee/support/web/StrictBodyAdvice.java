package dev.marquee.support.web;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON request body with unknown or read-only fields, or values of the wrong
 * type, naming every one of them, before it reaches a controller: nothing a client sends
 * is silently dropped. The constraints of a {@code @Valid} body's other fields are
 * checked at once, so that one answer lists every field to fix.
 */
@ControllerAdvice
class StrictBodyAdvice extends RequestBodyAdviceAdapter {

	private final ObjectProvider<Validator> validator;

	StrictBodyAdvice(ObjectProvider<Validator> validator) {
		this.validator = validator;
	}

	@Override
	public boolean supports(MethodParameter methodParameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		UnknownFields.start();
		return inputMessage;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<InvalidParam> refused = UnknownFields.finish();
		if (refused.isEmpty()) {
			return body;
		}
		Validator validator = this.validator.getIfUnique();
		throw InvalidBodyException.of(refused, (validator != null && parameter.hasParameterAnnotation(Valid.class))
				? validator.validate(body) : Set.of());
	}

}
