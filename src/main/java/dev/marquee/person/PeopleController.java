package dev.marquee.person;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People", description = "People credited on films, and their filmographies")
class PeopleController {

	private final PersonDirectory directory;

	PeopleController(PersonDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "List people",
			description = "People in name order (then id), a page at a time: follow next, or send after=nextCursor. "
					+ "q keeps the people whose name matches, forgiving case, accents and typos as /search does "
					+ "(\"amiee conn\" finds Amiee Conn); profession keeps those with that IMDb primary profession. "
					+ "Filters do not change the order; for relevance order use /search?type=person.")
	@Answered(Answers.PEOPLE)
	PageView<PersonSummary> people(
			@Parameter(description = "Name to match; typo-, case- and accent-tolerant",
					example = "emma stone") @RequestParam(required = false) @Size(max = 200,
							message = "must be at most 200 characters") @Pattern(regexp = "[^\\u0000]*",
									message = "must not contain NUL characters") @Pattern(regexp = "(?s).*\\S.*",
											message = "must not be blank") @Nullable String q,
			@Parameter(description = "IMDb primary profession code", example = "actress") @RequestParam(
					required = false) @Pattern(regexp = "[a-z_]{1,40}",
							message = "must be a profession code: lower-case letters and _, like actress or "
									+ "director") @Nullable String profession,
			@Parameter(description = "Page size, 1 to 100",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "nextCursor of the previous page; omit for the first page") @RequestParam(
					required = false) @Nullable String after) {
		return this.directory.list(q, profession, size, after);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a person",
			description = "Finds a person by Marquee's numeric id or their IMDb id (nm1297015 is Emma Stone). "
					+ "Their credits are at /people/{id}/credits. The ETag is the person's version: what PUT, PATCH "
					+ "and DELETE take in If-Match.")
	@Answered(Answers.PERSON)
	ResponseEntity<PersonView> person(
			@Parameter(description = "Numeric id or IMDb id", example = "nm1297015") @PathVariable String id) {
		return this.directory.read(ResourceId.parse(id, "nm", "id")).ok();
	}

}
