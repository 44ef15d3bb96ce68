package dev.marquee.security;

import java.io.IOException;
import java.util.List;

import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request Spring Security's firewall refuses (an encoded slash or a path
 * traversal in the URL, a header value with control or non-ASCII characters, read by a
 * filter) with 400 problem+json at once. Written directly, without content negotiation:
 * negotiating would read the very header refused, and the error page would be refused
 * again.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

	private final ProblemWriter problems;

	ProblemRequestRejectedHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		this.problems.write(request, response, ProblemType.MALFORMED_REQUEST,
				ProblemType.MALFORMED_REQUEST.defaultDetail(), List.of());
	}

}
