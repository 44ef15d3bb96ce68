package dev.marquee.security;

import java.io.IOException;
import java.util.List;

import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, but a refused cross-origin request is answered like every other
 * refusal: 403 problem+json ({@code forbidden}), not a plain-text "Invalid CORS request".
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private final ProblemWriter problems;

	ProblemCorsProcessor(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public boolean processRequest(@Nullable CorsConfiguration configuration, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean allowed = super.processRequest(configuration, request, response);
		if (!allowed) {
			this.problems.write(request, response, ProblemType.FORBIDDEN,
					"This cross-origin request is not allowed: its origin, method or headers are not among those "
							+ "this server accepts from browsers",
					List.of());
		}
		return allowed;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		// answered in processRequest, as problem+json
	}

}
