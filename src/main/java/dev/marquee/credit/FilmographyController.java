package dev.marquee.credit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People")
class FilmographyController {

	private final Filmography filmography;

	FilmographyController(Filmography filmography) {
		this.filmography = filmography;
	}

	@GetMapping(path = "/api/v1/people/{id}/credits", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get a person's filmography",
			description = "Every cast and crew credit of the person, newest film first (release year descending, "
					+ "undated films last; then title, film id, cast before crew, credit id), a page at a time. "
					+ "Someone credited twice on a film (Damien Chazelle directed and wrote La La Land) has one item "
					+ "per credit.")
	@Responses
	PageView<FilmographyCredit> credits(
			@Parameter(description = "The person's numeric id or IMDb id",
					example = "nm3227090") @PathVariable String id,
			@Parameter(description = "Page size, 1 to 100",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "nextCursor of the previous page; omit for the first page") @RequestParam(
					required = false) @Nullable String after) {
		return this.filmography.credits(ResourceId.parse(id, "nm", "id"), size, after);
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "A page of the person's credits")
	@ApiResponse(responseCode = "400",
			description = "Malformed id, size outside 1..100 or a cursor this API did not return (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No person with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "406", description = "The Accept header excludes JSON (code not-acceptable)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Responses {

	}

}
