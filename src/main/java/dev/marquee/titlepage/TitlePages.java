package dev.marquee.titlepage;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.marquee.award.Awards;
import dev.marquee.boxoffice.BoxOffices;
import dev.marquee.company.Companies;
import dev.marquee.credit.Credits;
import dev.marquee.details.Details;
import dev.marquee.didyouknow.DidYouKnow;
import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.list.FilmLists;
import dev.marquee.review.Reviews;
import dev.marquee.soundtrack.Soundtracks;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a film with the sections asked for. Every section costs a fixed number of
 * statements (one for most, two for soundtracks, three for awards), so a title page's
 * cost does not grow with the film's size.
 * <p>
 * Those statements all read one snapshot (repeatable read): under PostgreSQL's default
 * read committed each would see the latest commit, so a page read while the film was
 * being replaced could mix the old film's fields with the new one's sections.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class TitlePages {

	private final Films films;

	private final Credits credits;

	private final DidYouKnow didYouKnow;

	private final Soundtracks soundtracks;

	private final Reviews reviews;

	private final BoxOffices boxOffices;

	private final Awards awards;

	private final Details details;

	private final Companies companies;

	private final FilmLists lists;

	private final JsonMapper jsonMapper;

	private final FilmRows filmRows;

	private final DocumentShown documentShown;

	TitlePages(FilmRows filmRows, DocumentShown documentShown, Films films, Credits credits, DidYouKnow didYouKnow,
			Soundtracks soundtracks, Reviews reviews, BoxOffices boxOffices, Awards awards, Details details,
			Companies companies, FilmLists lists, JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		this.filmRows = filmRows;
		this.documentShown = documentShown;
		this.films = films;
		this.credits = credits;
		this.didYouKnow = didYouKnow;
		this.soundtracks = soundtracks;
		this.reviews = reviews;
		this.boxOffices = boxOffices;
		this.awards = awards;
		this.details = details;
		this.companies = companies;
		this.lists = lists;
	}

	/**
	 * The film alone, with its ETag.
	 */
	Versioned<FilmView> film(ResourceId id) {
		return this.filmRows.read(id);
	}

	/**
	 * The film's document, with what its ETag needs, read in the same snapshot.
	 */
	DocumentView document(ResourceId id) {
		FilmView view = read(id, java.util.EnumSet.allOf(Section.class));
		return new DocumentView(Documents.of(view, this.jsonMapper), view.version(), this.documentShown.of(view.id()));
	}

	FilmView read(ResourceId id, Set<Section> sections) {
		FilmView view = this.filmRows.require(id);
		if (sections.isEmpty()) {
			return view;
		}
		Film film = this.films.reference(view.id());
		return view.withSections(section(sections, Section.CAST, () -> this.credits.cast(film)),
				section(sections, Section.CREW, () -> this.credits.crew(film)),
				section(sections, Section.TRIVIA, () -> this.didYouKnow.trivia(film)),
				section(sections, Section.GOOFS, () -> this.didYouKnow.goofs(film)),
				section(sections, Section.CRAZY_CREDITS, () -> this.didYouKnow.crazyCredits(film)),
				section(sections, Section.CONNECTIONS, () -> this.didYouKnow.connections(film)),
				section(sections, Section.SOUNDTRACKS, () -> this.soundtracks.forFilm(film)),
				section(sections, Section.REVIEWS, () -> this.reviews.forFilm(film)),
				section(sections, Section.BOX_OFFICE, () -> this.boxOffices.forFilm(film)),
				section(sections, Section.AWARDS, () -> this.awards.forFilm(film)),
				section(sections, Section.LOCATIONS, () -> this.details.locations(film)),
				section(sections, Section.ALTERNATE_TITLES, () -> this.details.alternateTitles(film)),
				section(sections, Section.RELEASE_DATES, () -> this.details.releaseDates(film)),
				section(sections, Section.COMPANIES, () -> this.companies.forFilm(film)),
				section(sections, Section.LISTS, () -> this.lists.containing(film)));
	}

	private static <T> @Nullable T section(Set<Section> wanted, Section section, Supplier<T> reader) {
		return wanted.contains(section) ? reader.get() : null;
	}

}
