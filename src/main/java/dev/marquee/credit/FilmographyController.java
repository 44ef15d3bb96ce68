package dev.marquee.credit;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
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
					+ "undated films last; then film id, cast before crew, credit id), a page at a time, each page as fast "
					+ "for a person with tens of thousands of credits as for one with a few. "
					+ "Someone credited twice on a film (Damien Chazelle directed and wrote La La Land) has one item "
					+ "per credit.")
	@Answered(Answers.FILMOGRAPHY)
	PageView<FilmographyCredit> credits(
			@Parameter(description = "The person's numeric id or IMDb id",
					example = "nm3227090") @PathVariable String id,
			@Parameter(description = "Page size, 1 to 100",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "nextCursor of the previous page; omit for the first page") @RequestParam(
					required = false) @Nullable String after) {
		return this.filmography.credits(ResourceId.parse(id, "nm", "id"), size, after);
	}

}
