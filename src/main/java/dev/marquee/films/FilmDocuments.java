package dev.marquee.films;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.marquee.award.Awards;
import dev.marquee.award.NomineeInput;
import dev.marquee.boxoffice.BoxOffices;
import dev.marquee.company.Companies;
import dev.marquee.credit.CastMemberInput;
import dev.marquee.credit.CrewMemberInput;
import dev.marquee.credit.Credits;
import dev.marquee.details.Details;
import dev.marquee.didyouknow.DidYouKnow;
import dev.marquee.film.Film;
import dev.marquee.image.ImageDocuments;
import dev.marquee.film.Films;
import dev.marquee.film.OfficialSite;
import dev.marquee.list.FilmLists;
import dev.marquee.person.People;
import dev.marquee.person.PersonRefInput;
import dev.marquee.list.ListRefInput;
import dev.marquee.review.Reviews;
import dev.marquee.soundtrack.SoundtrackCreditLineInput;
import dev.marquee.soundtrack.Soundtracks;
import dev.marquee.storyline.Storyline;
import dev.marquee.support.db.NaturalKey;
import dev.marquee.support.db.NaturalKeyLocks;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.Preconditions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a {@link FilmDocument}: the film and every section, all or nothing, in one
 * transaction. Writing the same document twice leaves the same state; people, companies
 * and lists are matched, never duplicated, also when writes of several films name the
 * same new ones at once.
 */
@Service
public class FilmDocuments {

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

	private final Storyline storyline;

	private final Validator validator;

	private final JdbcTemplate jdbc;

	private final NaturalKeyLocks locks;

	private final People people;

	private final ImageDocuments images;

	/**
	 * First key of the advisory locks that serialize writes of one film document.
	 */
	static final int LOCK_CLASS = 0x4d51;

	FilmDocuments(Films films, Credits credits, DidYouKnow didYouKnow, Soundtracks soundtracks, Reviews reviews,
			BoxOffices boxOffices, Awards awards, Details details, Companies companies, FilmLists lists,
			Storyline storyline, Validator validator, JdbcTemplate jdbc, NaturalKeyLocks locks, People people,
			ImageDocuments images) {
		this.jdbc = jdbc;
		this.images = images;
		this.locks = locks;
		this.people = people;
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
		this.storyline = storyline;
		this.validator = validator;
	}

	/**
	 * The upsert of the admin API: serialized per IMDb id (an advisory lock, so that two
	 * creates of one film cannot both insert), checks the caller's preconditions against
	 * the film's version, writes everything, and gives the film a new version so its ETag
	 * changes even when only its sections did.
	 */
	@Transactional
	public StoredFilm put(FilmDocument document, Preconditions preconditions) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, hashtext(?))", LOCK_CLASS, document.imdbId());
		Optional<Film> existing = this.films.findByImdbId(document.imdbId());
		preconditions.check(existing.map(Film::getVersion).orElse(null), "film " + document.imdbId());
		Film film = upsert(document);
		this.films.touch(film);
		return new StoredFilm(film.getImdbId(), film.getVersion(), existing.isEmpty());
	}

	/**
	 * Creates the film the document describes, or replaces every fact of the film with
	 * its IMDb id, and records the create or update in the change feed.
	 * @return the stored film
	 * @throws InvalidFilmDocumentException when the document breaks a constraint (nothing
	 * is written)
	 */
	@Transactional
	public Film upsert(FilmDocument document) {
		Set<ConstraintViolation<FilmDocument>> violations = this.validator.validate(document);
		if (!violations.isEmpty()) {
			throw InvalidFilmDocumentException.of(violations);
		}
		requireDistinctLists(document);
		this.locks.lock(unmatchedKeys(document));
		Optional<Film> existing = this.films.findByImdbId(document.imdbId());
		Film film = existing.orElseGet(() -> new Film(document.imdbId(), document.title(), document.type()));
		applyFilmFields(film, document);
		film = this.films.save(film);
		this.credits.replaceCast(film, document.cast());
		this.credits.replaceCrew(film, document.crew());
		this.didYouKnow.replaceTrivia(film, document.trivia());
		this.didYouKnow.replaceGoofs(film, document.goofs());
		this.didYouKnow.replaceCrazyCredits(film, document.crazyCredits());
		this.didYouKnow.replaceConnections(film, document.connections());
		this.soundtracks.replace(film, document.soundtracks());
		this.reviews.replace(film, document.reviews());
		this.boxOffices.replace(film, document.boxOffice());
		this.awards.replace(film, document.awards());
		this.details.replaceLocations(film, document.locations());
		this.details.replaceAlternateTitles(film, document.alternateTitles());
		this.details.replaceReleaseDates(film, document.releaseDates());
		this.companies.replace(film, document.companies());
		this.lists.replaceMemberships(film, document.lists());
		this.storyline.replaceTaglines(film, document.taglines());
		this.storyline.replaceCertifications(film, document.certifications());
		this.storyline.replaceKeywords(film, document.keywords());
		this.storyline.replaceVideos(film, document.videos());
		this.storyline.replaceTranslations(film, document.translations());
		this.images.replace(film, document.images());
		return film;
	}

	/**
	 * The keys of every person, company and list the document names that do not exist
	 * yet, which the write locks at once before it writes anything (see
	 * {@link NaturalKeyLocks}): writes of different films naming the same new ones then
	 * create each once, and take turns instead of deadlocking whatever order they name
	 * them in. Writes naming only what exists do not wait for each other.
	 */
	private List<NaturalKey> unmatchedKeys(FilmDocument document) {
		List<PersonRefInput> people = Stream
			.of(document.cast().stream().map(CastMemberInput::person),
					document.crew().stream().map(CrewMemberInput::person),
					document.soundtracks()
						.stream()
						.flatMap((song) -> song.credits().stream())
						.map(SoundtrackCreditLineInput::person),
					document.awards()
						.nominations()
						.stream()
						.flatMap((nomination) -> nomination.nominees().stream())
						.map(NomineeInput::person))
			.flatMap((refs) -> refs)
			.filter(Objects::nonNull)
			.toList();
		return Stream
			.of(this.people.unmatched(people), this.companies.unmatched(document.companies()),
					this.lists.unmatched(document.lists()))
			.flatMap(List::stream)
			.toList();
	}

	/**
	 * A film is on a list once: a document naming one list twice is refused, naming the
	 * second mention.
	 */
	private static void requireDistinctLists(FilmDocument document) {
		List<String> titles = document.lists().stream().map(ListRefInput::title).toList();
		for (int i = 0; i < titles.size(); i++) {
			int first = titles.indexOf(titles.get(i));
			if (first < i) {
				throw InvalidBodyException.of(List.of(InvalidParam.body("lists[" + i + "].title",
						"names the same list as lists[" + first + "]; a film is on a list once")));
			}
		}
	}

	private static void applyFilmFields(Film film, FilmDocument document) {
		film.setTitle(document.title());
		film.setOriginalTitle(document.originalTitle());
		film.setType(document.type());
		film.setReleaseYear(document.releaseYear());
		film.setEndYear(document.endYear());
		film.setRuntimeMinutes(document.runtimeMinutes());
		film.setPlot(document.plot());
		film.setGenres(document.genres());
		film.setRating(document.rating().average(), document.rating().votes());
		film.setCountries(document.countries());
		film.setLanguages(document.languages());
		film.setColor(document.technicalSpecs().color());
		film.setSoundMixes(document.technicalSpecs().soundMixes());
		film.setAspectRatio(document.technicalSpecs().aspectRatio());
		film.replaceOfficialSites(document.officialSites()
			.stream()
			.map((site) -> new OfficialSite.Fields(site.label(), site.url()))
			.toList());
		film.setTmdbId(document.externalIds().tmdb());
		film.setWikidataId(document.externalIds().wikidata());
		film.setAdult(document.adult());
	}

}
