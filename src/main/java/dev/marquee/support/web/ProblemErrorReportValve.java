package dev.marquee.support.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on a failed request, for the few that never reach Spring (a URL
 * Tomcat refuses to parse, such as an encoded slash or NUL, or headers that are too
 * large): a problem+json body instead of Tomcat's HTML report, with the members and
 * headers of every other problem — {@code instance}, a {@code correlationId} also sent as
 * {@code X-Request-Id} (the caller's when Tomcat read it, else a new one, logged with the
 * refusal), Cache-Control and the security headers. It has no request context to tell
 * more than the status, so the detail is the catalogue entry of that status.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		ProblemType type = ProblemType.forStatus(status);
		String id = CorrelationIdFilter.chooseId(request.getHeader(CorrelationIdFilter.HEADER));
		ProblemDetail problem = Problems.of(type, type.defaultDetail(), request, List.of());
		problem.setStatus(status);
		problem.setProperty("correlationId", id);
		logger.info("Tomcat refused {} {} with {} [{}]", request.getMethod(), request.getRequestURI(), status, id);
		try {
			response.setContentType("application/problem+json");
			response.setHeader(CorrelationIdFilter.HEADER, id);
			CachingInterceptor.noStore(response);
			SecurityHeaders.write(request, response);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JsonMapper.shared().writeValueAsString(ProblemWriter.members(problem)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response was committed meanwhile; nothing
			// more can be said.
		}
	}

}
