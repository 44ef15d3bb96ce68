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
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
			+ " — or all. similar embeds the first 10 films of GET /films/{id}/similar (as listings show them; in "
			+ "the language asked for, each under its title chosen as the film's own is) with next, the URL of the "
			+ "rest. The answer carries a strong ETag; send it back in If-None-Match to get 304 Not "
			+ "Modified. Without include= the ETag is the film's version (\"7\"; an episode's adds a digest of its "
			+ "series' version, \"7.3f9a0c12b4e6d8a1\"), new on every write of the film or any of its sections: "
			+ "what PATCH and DELETE take in If-Match (the version field of any answer gives the same value). "
			+ "language= or Accept-Language answers in a language: the title, plot and tagline of the film's "
			+ "translation in it (see the translations section), said in translation and Content-Language, and the "
			+ "titles of the similar films chosen alike from theirs; such an "
			+ "answer's ETag names the language asked for, and every answer varies by Accept-Language.";

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
			@Parameter(description = "BCP 47 language to answer in, before Accept-Language: the title, plot and "
					+ "tagline of the film's translation in this tag, else in its primary language (de for de-AT), "
					+ "else the original; the embedded images (include=images) are chosen for it: the primary "
					+ "poster in it, else the one without text, else the one in the film's original language",
					example = "de") @RequestParam(required = false) @Nullable String language,
			@Parameter(
					description = "Languages to answer in, when language= is not given: each in turn, by "
							+ "weight, as language= is; ignored when malformed",
					example = "de-AT,de;q=0.9,en;q=0.8") @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
							required = false) @Nullable String acceptLanguage,
			WebRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		List<TitlePageSection> sections = Includes.parse(include, this.registry.titlePage());
		ResourceId filmId = ResourceId.parse(id, "tt", "id");
		FilmLanguage.Asked asked = FilmLanguage.asked(language, acceptLanguage);
		String imagesLanguage = FilmImages.language(asked, sections);
		List<TitlePageSection> read = (asked != null)
				? FilmLanguage.withTranslations(sections, this.registry.titlePage()) : sections;
		if (!read.isEmpty()) {
			// A title page's ETag is the film's version and a digest of the versions of
			// the people, companies, lists and films it shows: a conditional GET reads
			// only those, and answers 304 without reading the page.
			if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
				String etag = FilmLanguage.etag(this.titlePages.etag(filmId, read), asked);
				if (etag != null && request.checkNotModified(etag)) {
					return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
				}
			}
			TitlePages.TitlePage page = this.titlePages.read(filmId, read);
			FilmView view = FilmImages.inLanguage(page.view(), imagesLanguage);
			if (asked == null) {
				return ResponseEntity.ok().eTag(page.etag()).body(view);
			}
			view = FilmLanguage.inLanguage(view, asked, sections);
			ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(FilmLanguage.etag(page.etag(), asked));
			String served = (view.translation() != null) ? view.translation().language() : null;
			if (served != null) {
				answer.header(HttpHeaders.CONTENT_LANGUAGE, served);
			}
			return answer.body(view);
		}
		// The film alone: its version, which every write of the film or of a section
		// changes, so this ETag guards the whole title page in If-Match (and, for an
		// episode, its series' version, which it shows). The ETag filter keeps an ETag
		// set here, and answers 304 for it.
		return this.filmRows.read(filmId).ok();
	}

}
