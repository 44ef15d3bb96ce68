package dev.marquee.soundtrack;

import dev.marquee.film.SectionApiResponses;
import dev.marquee.film.SectionPaging;
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
@RequestMapping(path = "/api/v1/films/{id}/soundtracks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class SoundtrackController {

	private final Soundtracks soundtracks;

	SoundtrackController(Soundtracks soundtracks) {
		this.soundtracks = soundtracks;
	}

	@GetMapping
	@Operation(summary = "List a film's soundtracks",
			description = "The music heard in the film in the order of its credits, each song with its credit lines (written by, performed by, courtesy of, …), paged by cursor: follow next, or send after=nextCursor.")
	@SectionApiResponses.Page
	PageView<SoundtrackItem> list(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after) {
		return this.soundtracks.page(ResourceId.parse(id, "tt", "id"), size, after);
	}

}
