package dev.marquee.films;

import java.util.List;

import dev.marquee.film.Films;
import dev.marquee.section.SectionRegistry;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(path = "/api/v1/films", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Films", description = "Films and their title pages")
class FilmController {

	static final int MAX_BATCH = 100;

	private final TitlePages titlePages;

	/**
	 * What GET /films/{id} does; {@link TitlePageDocumentation#SECTIONS} stands for the
	 * sections' names, which {@link TitlePageDocumentation} writes from the registry.
	 */
	static final String DESCRIPTION = "Finds a film by Marquee's numeric id or its IMDb id (tt3783958). include= "
			+ "embeds sections so that a whole title page is one request: a comma-separated list of "
			+ TitlePageDocumentation.SECTIONS
			+ " — or all. The answer carries a strong ETag; send it back in If-None-Match to get 304 Not "
			+ "Modified. Without include= the ETag is the film's version (\"7\"; an episode's adds a digest of its "
			+ "series' version, \"7.3f9a0c12b4e6d8a1\"), new on every write of the film or any of its sections: "
			+ "what PATCH and DELETE take in If-Match (the version field of any answer gives the same value).";

	private final FilmRows filmRows;

	private final SectionRegistry registry;

	FilmController(TitlePages titlePages, FilmRows filmRows, SectionRegistry registry) {
		this.titlePages = titlePages;
		this.filmRows = filmRows;
		this.registry = registry;
	}

	@GetMapping("/batch")
	@Operation(summary = "Get many films by id in one request", description = "Up to " + MAX_BATCH
			+ " films by numeric or IMDb id, comma-separated, in the order asked "
			+ "(repeats answered once). Sections are not embedded: ask GET /films/{id}?include= for a title page. "
			+ "Ids that match no film are listed in missing rather than failing the request.")
	@Answered(Answers.FILM_BATCH)
	FilmBatch batch(@Parameter(description = "Comma-separated numeric or IMDb ids, at most " + MAX_BATCH,
			example = "tt3783958,1") @RequestParam List<String> ids) {
		if (ids.isEmpty() || ids.size() > MAX_BATCH) {
			throw ApiException.invalidParameter(InvalidParam.query("ids",
					"must list between 1 and " + MAX_BATCH + " ids (got " + ids.size() + ")"));
		}
		return this.filmRows
			.findAll(ids.stream().map((id) -> ResourceId.parse(id.trim(), "tt", "ids", "query")).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a film, with any sections of its title page", description = DESCRIPTION)
	@Answered(Answers.FILM)
	ResponseEntity<FilmView> film(
			@Parameter(description = "Numeric id or IMDb id", example = "tt3783958") @PathVariable String id,
			@Parameter(description = "Sections to embed: a comma-separated list of section names, or all",
					example = "all") @RequestParam(required = false) @Nullable String include,
			@Parameter(
					description = "BCP 47 language the embedded images are chosen for (include=images): the primary "
							+ "poster in it, else the one without text, else the one in the film's original language",
					example = "de") @RequestParam(required = false) @Nullable String language,
			WebRequest request) {
		List<TitlePageSection> sections = Includes.parse(include, this.registry.titlePage());
		ResourceId filmId = ResourceId.parse(id, "tt", "id");
		String imagesLanguage = FilmImages.language(language, sections);
		if (!sections.isEmpty()) {
			// A title page's ETag is the film's version and a digest of the versions of
			// the people, companies, lists and films it shows: a conditional GET reads
			// only those, and answers 304 without reading the page.
			if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
				String etag = FilmImages.etag(this.titlePages.etag(filmId, sections), imagesLanguage);
				if (etag != null && request.checkNotModified(etag)) {
					return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
				}
			}
			TitlePages.TitlePage page = this.titlePages.read(filmId, sections);
			return ResponseEntity.ok()
				.eTag(FilmImages.etag(page.etag(), imagesLanguage))
				.body(FilmImages.inLanguage(page.view(), imagesLanguage));
		}
		// The film alone: its version, which every write of the film or of a section
		// changes, so this ETag guards the whole title page in If-Match (and, for an
		// episode, its series' version, which it shows). The ETag filter keeps an ETag
		// set here, and answers 304 for it.
		return this.filmRows.read(filmId).ok();
	}

}
