package dev.marquee.storyline;

import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionOperation;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A film's keywords, one at a time. The keyword is matched by its slug (the name folded
 * when none is given) and created when no film has it yet; a film has a keyword once.
 */
@Component
class KeywordItems extends SectionItemStore<FilmKeyword, KeywordInput, KeywordItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("keywords", "Keyword", "keyword", "keywords", KeywordInput.class, KeywordItem.class)
		.listed("The film's keywords in the order given (a new one goes last), paged by cursor: follow next, or "
				+ "send after=nextCursor. Each keyword's slug lists every film that has it: "
				+ "GET /api/v1/films?keyword={slug}.")
		.noting(SectionOperation.ADD,
				"The keyword is matched by its slug (the name folded when no slug is given: Jazz Musician is "
						+ "jazz-musician) and created, with this name, when no film has it yet. A keyword the film "
						+ "already has is refused (400).")
		.noting(SectionOperation.DELETE, "The keyword stays, with the other films that have it.");

	private final FilmKeywordRepository repository;

	private final KeywordRows rows;

	private final Keywords keywords;

	KeywordItems(FilmKeywordRepository repository, KeywordRows rows, Keywords keywords) {
		super(SECTION, repository, rows);
		this.repository = repository;
		this.rows = rows;
		this.keywords = keywords;
	}

	@Override
	protected PageView<KeywordItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<FilmKeyword> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected FilmKeyword create(Film film, KeywordInput input) {
		Keyword keyword = this.keywords.resolve(input, "name");
		requireNew(film, keyword, null);
		return new FilmKeyword(film, keyword);
	}

	/**
	 * Resolves the keyword and checks the film has it nowhere else before changing the
	 * item, so that the queries do not flush a half-changed item.
	 */
	@Override
	protected void replace(FilmKeyword item, KeywordInput input) {
		Keyword keyword = this.keywords.resolve(input, "name");
		requireNew(item.getFilm(), keyword, item);
		item.tag(keyword);
	}

	private void requireNew(Film film, Keyword keyword, @Nullable FilmKeyword item) {
		this.repository.findByFilmAndKeyword(film, keyword)
			.filter((other) -> !other.equals(item))
			.ifPresent((other) -> {
				throw InvalidBodyException.of(List.of(InvalidParam.body("slug",
						"the film already has keyword '" + keyword.getSlug() + "' (item " + other.getId() + ")")));
			});
	}

}
