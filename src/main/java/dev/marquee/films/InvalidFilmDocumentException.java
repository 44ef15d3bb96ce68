package dev.marquee.films;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.ProblemType;
import jakarta.validation.ConstraintViolation;

/**
 * A film document that breaks a constraint; every failing field is listed, by its JSON
 * path.
 */
public final class InvalidFilmDocumentException extends ApiException {

	private InvalidFilmDocumentException(List<InvalidParam> errors) {
		super(ProblemType.MALFORMED_REQUEST,
				"The film document has " + errors.size() + " invalid field" + ((errors.size() == 1) ? "" : "s"),
				errors);
	}

	static InvalidFilmDocumentException of(Set<? extends ConstraintViolation<?>> violations) {
		List<InvalidParam> errors = violations.stream()
			.map((violation) -> new InvalidParam(violation.getPropertyPath().toString(), "body",
					violation.getMessage()))
			.sorted(Comparator.comparing(InvalidParam::name))
			.toList();
		return new InvalidFilmDocumentException(errors);
	}

}
