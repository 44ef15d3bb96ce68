package dev.marquee.support.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.MediaType;
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

	static final String PATH = "/test/problems";

	@PostMapping(path = PATH + "/json-only", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> jsonOnly(@RequestBody Map<String, Object> body) {
		return body;
	}

	@GetMapping(PATH + "/failure")
	String failure() {
		throw new IllegalStateException("secret detail that must not reach the client");
	}

}
