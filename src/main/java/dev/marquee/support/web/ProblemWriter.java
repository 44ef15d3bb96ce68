package dev.marquee.support.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem+json body straight to the servlet response, for code that runs before
 * Spring MVC (security filters).
 */
@Component
public class ProblemWriter {

	private final JsonMapper jsonMapper;

	ProblemWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
			List<InvalidParam> errors) throws IOException {
		ProblemDetail problem = Problems.of(type, detail, request, errors);
		response.setStatus(type.status().value());
		CachingInterceptor.noStore(response);
		// Also for requests refused before Spring Security's header writer ran (its
		// firewall's refusals).
		SecurityHeaders.write(request, response);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.jsonMapper.writeValue(response.getOutputStream(), members(problem));
	}

	/**
	 * The problem's members as a plain map, so the body has the same members whatever
	 * mix-ins a mapper has registered.
	 */
	static Map<String, Object> members(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
