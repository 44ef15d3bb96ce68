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
 * A film's translations, one at a time; a film has one translation per language.
 */
@Component
class TranslationItems extends SectionItemStore<Translation, TranslationInput, TranslationItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("translations", "Translation", "translation", "translations", TranslationInput.class, TranslationItem.class)
		.listed("The film's title, plot and tagline in other languages, in the order given (a new one goes last), "
				+ "paged by cursor: follow next, or send after=nextCursor. GET /api/v1/films/{id} serves them for "
				+ "the language asked for (language= or Accept-Language).")
		.noting(SectionOperation.ADD, "A language the film already has a translation in is refused (400).");

	private final TranslationRepository repository;

	private final TranslationRows rows;

	TranslationItems(TranslationRepository repository, TranslationRows rows) {
		super(SECTION, repository, rows);
		this.repository = repository;
		this.rows = rows;
	}

	@Override
	protected PageView<TranslationItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<Translation> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Translation create(Film film, TranslationInput input) {
		requireNew(film, input.language(), null);
		return new Translation(film, input);
	}

	/**
	 * Checks the film has no other translation in the language before changing the item,
	 * so that the query does not flush a half-changed item.
	 */
	@Override
	protected void replace(Translation item, TranslationInput input) {
		requireNew(item.getFilm(), input.language(), item);
		item.replace(input);
	}

	private void requireNew(Film film, String language, @Nullable Translation item) {
		this.repository.findByFilmAndLanguage(film, language)
			.filter((other) -> !other.equals(item))
			.ifPresent((other) -> {
				throw InvalidBodyException.of(List.of(InvalidParam.body("language",
						"the film already has a translation in '" + language + "' (item " + other.getId() + ")")));
			});
	}

}
