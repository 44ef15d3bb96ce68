package dev.marquee.films;

import dev.marquee.film.Films;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/films/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = Films.SECTIONS_TAG)
class EpisodeController {

	private final Episodes episodes;

	EpisodeController(Episodes episodes) {
		this.episodes = episodes;
	}

	@GetMapping("/episodes")
	@Operation(summary = "List a series' episodes",
			description = "The episodes of a series (or mini-series), by season then episode number (unnumbered ones "
					+ "last), paged by cursor: follow next, or send after=nextCursor. season= keeps one season. A "
					+ "title that is not a series has none. Episodes come from imports of IMDb's title.episode.")
	@Answered(Answers.PAGE)
	PageView<Episode> episodes(
			@Parameter(description = Films.ID_PARAMETER, example = "tt0108778") @PathVariable String id,
			@Parameter(description = "Only this season's episodes",
					example = "1") @RequestParam(required = false) @Min(0) @Max(100000) @Nullable Integer season,
			@Parameter(description = PageView.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = PageView.AFTER) @RequestParam(required = false) @Nullable String after) {
		return this.episodes.page(ResourceId.parse(id, "tt", "id"), season, size, after);
	}

}
