package dev.marquee.support.web;

import java.util.List;

/**
 * An error the API answers with on purpose: it names its {@link ProblemType}, a detail
 * meant for the caller, and optionally the parameters or fields at fault. Feature
 * packages subclass it with factories ({@code FilmNotFoundException.forId(...)}).
 */
public class ApiException extends RuntimeException {

	private final ProblemType problemType;

	private final List<InvalidParam> errors;

	public ApiException(ProblemType problemType, String detail) {
		this(problemType, detail, List.of());
	}

	public ApiException(ProblemType problemType, String detail, List<InvalidParam> errors) {
		super(detail);
		this.problemType = problemType;
		this.errors = List.copyOf(errors);
	}

	public ProblemType getProblemType() {
		return this.problemType;
	}

	public List<InvalidParam> getErrors() {
		return this.errors;
	}

	/**
	 * Shortcut for the common case: one query or path parameter is refused.
	 */
	public static ApiException invalidParameter(InvalidParam error) {
		return new ApiException(ProblemType.INVALID_PARAMETER, error.message(), List.of(error));
	}

}
