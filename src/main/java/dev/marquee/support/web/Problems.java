package dev.marquee.support.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;

/**
 * Builds every problem+json body Marquee sends, so they all carry the same members:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * {@code code}, {@code correlationId} and, where inputs were refused, {@code errors}.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ProblemType problemType, @Nullable String detail,
			@Nullable HttpServletRequest request, List<InvalidParam> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(problemType.status());
		problem.setType(problemType.type());
		problem.setTitle(problemType.title());
		problem.setDetail(detail);
		if (request != null) {
			problem.setInstance(instance(request));
		}
		problem.setProperty("code", problemType.code());
		problem.setProperty("correlationId", CorrelationIdFilter.currentId());
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	private static @Nullable URI instance(HttpServletRequest request) {
		Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (forwarded instanceof String uri) ? uri : request.getRequestURI();
		// Only the path: the query string may hold the refused value, which the errors
		// member echoes instead.
		// getRequestURI() is still percent-encoded, which is what a URI reference holds.
		try {
			return new URI(path);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
