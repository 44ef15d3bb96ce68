package dev.marquee.films;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "More like this" on the title page: the first page of the film's similar films, with
 * where the rest are.
 */
@Schema(description = "More like this: the first " + SimilarRows.FIRST_PAGE
		+ " films like this one, as the first page of GET /api/v1/films/{id}/similar?size=" + SimilarRows.FIRST_PAGE
		+ " gives them (the most alike first, each with what it shares); next is the rest.")
public record MoreLikeThis(List<SimilarFilm> items,
		@Schema(description = "How many films the title page shows at most",
				example = "" + SimilarRows.FIRST_PAGE) int size,
		@Schema(description = "Opaque cursor of the following page of GET /api/v1/films/{id}/similar; null when "
				+ "there are no more",
				example = "eyJrIjpbIjEyLjUwMCIsIjQyIl0sInMiOiJzaW1pbGFyIn0") @Nullable String nextCursor,
		@Schema(description = "URL of the following page of GET /api/v1/films/{id}/similar (with the page's "
				+ "language=, if it had one); null when there are no more",
				example = "http://localhost:8080/api/v1/films/1/similar?size=10&after=eyJrIjpbIjEyLjUwMCIsIjQyIl0sInMiOiJzaW1pbGFyIn0") @Nullable String next) {

	/**
	 * These films with their titles in the languages asked for, the preferred first
	 * ({@link SimilarFilm#inLanguage}), and the link to the rest asking for the same
	 * {@code language=}, if the page was.
	 */
	MoreLikeThis inLanguage(List<String> asked, @Nullable String language) {
		String rest = (this.next != null && language != null)
				? UriComponentsBuilder.fromUriString(this.next).queryParam("language", language).toUriString()
				: this.next;
		return new MoreLikeThis(this.items.stream().map((film) -> film.inLanguage(asked)).toList(), this.size,
				this.nextCursor, rest);
	}

	/**
	 * The first {@code size} of the films like the film, from up to one more (which only
	 * tells that there are more).
	 */
	static MoreLikeThis of(long filmId, List<SimilarFilm> sizePlusOne, int size) {
		if (sizePlusOne.size() <= size) {
			return new MoreLikeThis(sizePlusOne, size, null, null);
		}
		List<SimilarFilm> films = sizePlusOne.subList(0, size);
		String cursor = SimilarFilms.cursor(films.get(size - 1)).encode();
		String next = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/films/{id}/similar")
			.queryParam("size", size)
			.queryParam("after", cursor)
			.buildAndExpand(filmId)
			.toUriString();
		return new MoreLikeThis(List.copyOf(films), size, cursor, next);
	}

}
