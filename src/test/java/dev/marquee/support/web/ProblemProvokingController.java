package dev.marquee.support.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints for the problems no production endpoint can provoke yet: a
 * JSON-only write (415, 400 unreadable body) and a handler that fails (500).
 */
@Hidden
@RestController
class ProblemProvokingController {

	private final JdbcTemplate jdbc;

	ProblemProvokingController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static final String PATH = "/test/problems";

	@PostMapping(path = PATH + "/json-only", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> jsonOnly(@RequestBody Map<String, Object> body) {
		return body;
	}

	/**
	 * A statement PostgreSQL cancels at its statement_timeout, as any runaway query would
	 * be.
	 */
	@GetMapping(PATH + "/slow-query")
	@Transactional
	String slowQuery() {
		this.jdbc.execute("set local statement_timeout = '50ms'");
		return this.jdbc.queryForObject("select pg_sleep(5)::text", String.class);
	}

	@GetMapping(PATH + "/failure")
	String failure() {
		throw new IllegalStateException("secret detail that must not reach the client");
	}

}
