package dev.marquee.support.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word on a failed request, for the few that never reach Spring (a URL
 * Tomcat refuses to parse, such as an encoded slash or NUL, or headers that are too
 * large): a problem+json body instead of Tomcat's HTML report. It has no request context
 * to tell more than the status, so the body is the catalogue entry of that status.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

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
		String body = "{\"type\":\"" + type.type() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
				+ ",\"detail\":\"" + type.description().replace("\"", "\\\"") + "\",\"code\":\"" + type.code() + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setHeader("Cache-Control", "no-store");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response was committed meanwhile; nothing
			// more can be said.
		}
	}

}
