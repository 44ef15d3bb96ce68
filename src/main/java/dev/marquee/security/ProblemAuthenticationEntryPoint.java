package dev.marquee.security;

import java.io.IOException;
import java.util.List;

import dev.marquee.apikey.RejectedApiKeyException;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Answers a request that needs credentials it lacks, or sent a key that cannot be
 * accepted, with 401 problem+json and a Bearer challenge.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemWriter problemWriter;

	ProblemAuthenticationEntryPoint(ProblemWriter problemWriter) {
		this.problemWriter = problemWriter;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof RejectedApiKeyException rejected) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"marquee\", error=\"invalid_token\"");
			this.problemWriter.write(request, response, ProblemType.UNAUTHORIZED, rejected.getMessage(), List.of());
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer realm=\"marquee\"");
		String needed = SecurityConfiguration.READS_NEEDING_A_KEY.equals(request.getRequestURI())
				? request.getMethod() + " " + request.getRequestURI() + " needs an API key (reader or admin role)"
				: request.getMethod() + " needs an API key with the admin role";
		this.problemWriter.write(request, response, ProblemType.UNAUTHORIZED,
				needed + ", sent as 'Authorization: Bearer <key>'", List.of());
	}

}
