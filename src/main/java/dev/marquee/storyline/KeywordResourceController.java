package dev.marquee.storyline;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keywords as a resource of their own; a film's keywords are a section of the film
 * ({@code /films/{id}/keywords}), and a keyword's films are listed by the films API.
 */
@RestController
@RequestMapping(path = "/api/v1/keywords", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = Keywords.TAG, description = "Keywords films share (jazz, pianist), and the films that have each")
class KeywordResourceController {

	private final Keywords keywords;

	KeywordResourceController(Keywords keywords) {
		this.keywords = keywords;
	}

	@GetMapping("/{slug}")
	@Operation(summary = "Get a keyword",
			description = "A keyword by its slug. A keyword never changes once made, so its ETag is its version "
					+ "for good. The films that have it: GET /api/v1/keywords/{slug}/films, or "
					+ "GET /api/v1/films?keyword={slug} with the listing's other filters.")
	@Answered(Answers.KEYWORD)
	ResponseEntity<KeywordView> keyword(
			@Parameter(description = "The keyword's slug", example = "jazz") @PathVariable @Size(max = 100) @Pattern(
					regexp = KeywordInput.SLUG, message = KeywordInput.SLUG_MESSAGE) String slug) {
		return this.keywords.read(slug).ok();
	}

}
