package dev.marquee.support.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Replaces Boot's whitelabel {@code /error} so that failures outside Spring MVC (the
 * servlet container refusing a request, an exception thrown by a filter) also answer
 * problem+json, never an HTML page.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping(path = "${server.error.path:/error}", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		CachingInterceptor.noStore(response);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// Without a status this is not an error dispatch but someone asking for /error
		// itself.
		int status = (code instanceof Integer value) ? value : 404;
		if (response.isCommitted()) {
			// A streamed answer (the document export) failed or was cut off halfway:
			// nothing can be added to it, and Tomcat closes the connection without the
			// stream's end, so the client knows its copy is incomplete.
			logger.warn("Answer to {} cut off: {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure)
							? failure.getMessage() : "status " + status);
			return ResponseEntity.status(status).build();
		}
		ProblemType type = ProblemType.forStatus(status);
		if (type == ProblemType.INTERNAL_ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
			logger.error("Request failed outside Spring MVC: {}",
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
		}
		String detail = type.defaultDetail();
		ProblemDetail problem = Problems.of(type, detail, request, List.of());
		problem.setStatus(status);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
