package dev.marquee.titlepage;

import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/films", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Films", description = "Films and their title pages")
class FilmController {

	private final TitlePages titlePages;

	FilmController(TitlePages titlePages) {
		this.titlePages = titlePages;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a film, with any sections of its title page",
			description = "Finds a film by Marquee's numeric id or its IMDb id (tt3783958). include= embeds sections "
					+ "so that a whole title page is one request: a comma-separated list of cast, crew, trivia, goofs, "
					+ "crazy-credits, connections, soundtracks, reviews, box-office, awards, locations, "
					+ "alternate-titles, release-dates, companies, lists — or all. The answer carries a strong ETag; "
					+ "send it back in If-None-Match to get 304 Not Modified.")
	@FilmApiResponses.Get
	FilmView film(@Parameter(description = "Numeric id or IMDb id", example = "tt3783958") @PathVariable String id,
			@Parameter(description = "Sections to embed: a comma-separated list of section names, or all",
					example = "all") @RequestParam(required = false) @Nullable String include) {
		return this.titlePages.read(ResourceId.parse(id, "tt", "id"), Section.parse(include));
	}

}
