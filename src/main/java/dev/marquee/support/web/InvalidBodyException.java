package dev.marquee.support.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

/**
 * A request body whose fields are refused; every failing field is listed.
 */
public final class InvalidBodyException extends ApiException {

	private InvalidBodyException(List<InvalidParam> errors) {
		super(ProblemType.INVALID_BODY,
				"The request body has " + errors.size() + " invalid field" + ((errors.size() == 1) ? "" : "s") + ": "
						+ String.join(", ", errors.stream().map(InvalidParam::name).distinct().toList()),
				errors);
	}

	public static InvalidBodyException of(List<InvalidParam> errors) {
		return new InvalidBodyException(errors.stream()
			.sorted(Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::message))
			.toList());
	}

	/**
	 * The fields refused while reading a body together with the constraints the others
	 * break: a field refused already is not named again for its substituted value.
	 */
	static InvalidBodyException of(List<InvalidParam> refused, Set<? extends ConstraintViolation<?>> violations) {
		Set<String> named = refused.stream().map(InvalidParam::name).collect(Collectors.toSet());
		List<InvalidParam> errors = new ArrayList<>(refused);
		ofViolations(violations).getErrors()
			.stream()
			.filter((error) -> !named.contains(error.name()))
			.forEach(errors::add);
		return of(errors);
	}

	public static InvalidBodyException ofViolations(Set<? extends ConstraintViolation<?>> violations) {
		return of(violations.stream()
			.map((violation) -> InvalidParam.body(name(violation), violation.getMessage()))
			.toList());
	}

	/**
	 * The violation's property path as a JSON path: {@code countries[0]}, without the
	 * {@code .<list element>} that Bean Validation adds for a constraint on a container
	 * element.
	 */
	private static String name(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
	}

}
