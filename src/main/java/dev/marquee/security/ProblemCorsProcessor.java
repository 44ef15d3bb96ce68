package dev.marquee.security;

import java.io.IOException;
import java.util.List;

import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
			this.problems.write(request, response, ProblemType.FORBIDDEN, refusal(configuration, request), List.of());
		}
		return allowed;
	}

	/**
	 * Why the browser's request is refused, and which setting would let it through.
	 */
	private static String refusal(@Nullable CorsConfiguration configuration, HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String preflight = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
		String method = (preflight != null) ? preflight : request.getMethod();
		if (configuration != null && configuration.checkOrigin(origin) != null
				&& configuration.checkHttpMethod(HttpMethod.valueOf(method)) == null) {
			return "Pages from " + origin + " may only read (GET, HEAD) from this server, not send " + method
					+ ": add the origin to marquee.cors.write-origins (environment variable "
					+ "MARQUEE_CORS_WRITE_ORIGINS) to let it write";
		}
		if (configuration != null && configuration.checkOrigin(origin) != null) {
			return "This cross-origin request from " + origin + " asks for headers this server does not accept";
		}
		return "Pages from " + origin + " may not call this server: add the origin to marquee.cors.allowed-origins "
				+ "(environment variable MARQUEE_CORS_ALLOWED_ORIGINS) to let it read, or to "
				+ "marquee.cors.write-origins (MARQUEE_CORS_WRITE_ORIGINS) to let it write too";
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		// answered in processRequest, as problem+json
	}

}
