package dev.marquee.security;

import java.io.IOException;
import java.util.List;

import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers an authenticated request its role does not allow with 403 problem+json.
 */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemWriter problemWriter;

	ProblemAccessDeniedHandler(ProblemWriter problemWriter) {
		this.problemWriter = problemWriter;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.problemWriter.write(request, response, ProblemType.FORBIDDEN,
				"Your API key's role does not allow " + request.getMethod() + " here", List.of());
	}

}
