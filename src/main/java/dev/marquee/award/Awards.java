package dev.marquee.award;

import java.util.Objects;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.person.People;
import dev.marquee.section.SectionItemNotFoundException;
import dev.marquee.section.SectionItems;
import dev.marquee.section.StoredPart;
import dev.marquee.section.VersionedItem;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's awards, read by {@link AwardRows} and written here: as a whole (a film
 * document), or the summary alone.
 */
@Service
@Transactional(readOnly = true)
public class Awards {

	private static final String SUMMARY = "award summary";

	private static final String SUMMARY_FEED_TYPE = "award-summary";

	private final AwardNominationRepository nominations;

	private final AwardNomineeRepository nominees;

	private final AwardSummaryRepository summaries;

	private final People people;

	private final Films films;

	private final SectionItems sectionItems;

	private final AwardRows rows;

	Awards(AwardNominationRepository nominations, AwardNomineeRepository nominees, AwardSummaryRepository summaries,
			People people, Films films, SectionItems sectionItems, AwardRows rows) {
		this.rows = rows;
		this.nominations = nominations;
		this.nominees = nominees;
		this.summaries = summaries;
		this.people = people;
		this.films = films;
		this.sectionItems = sectionItems;
	}

	AwardsView forFilm(ResourceId filmId) {
		return this.rows.read(id(filmId));
	}

	/**
	 * The film's award summary with its version.
	 * @throws SectionItemNotFoundException when the film has none
	 */
	VersionedItem<AwardSummaryView> summary(ResourceId filmId) {
		return this.rows.summary(id(filmId)).orElseThrow(() -> SectionItemNotFoundException.forPart(SUMMARY, filmId));
	}

	/**
	 * Creates or replaces the film's award summary: replacing needs If-Match with its
	 * version; creating honours one when sent (it cannot hold) and If-None-Match: *.
	 */
	@Transactional
	StoredPart<AwardSummaryView> putSummary(ResourceId filmId, AwardSummaryInput input, Preconditions preconditions) {
		Film film = this.films.require(filmId);
		return this.sectionItems.put(film, SUMMARY_FEED_TYPE, describe(film), this.summaries.findByFilm(film),
				preconditions, () -> this.summaries.save(new AwardSummary(film, input)),
				(summary) -> summary.replace(input), (summary) -> this.rows.summary(film.getId()).orElseThrow().view());
	}

	/**
	 * Deletes the film's award summary (the totals become unknown) against its version.
	 */
	@Transactional
	void removeSummary(ResourceId filmId, Preconditions preconditions) {
		Film film = this.films.require(filmId);
		AwardSummary summary = this.summaries.findByFilm(film)
			.orElseThrow(() -> SectionItemNotFoundException.forPart(SUMMARY, filmId));
		this.sectionItems.remove(film, SUMMARY_FEED_TYPE, describe(film), summary, preconditions,
				this.summaries::delete);
	}

	private long id(ResourceId filmId) {
		return Objects.requireNonNull(this.films.require(filmId).getId());
	}

	private static String describe(Film film) {
		return "the award summary of film " + film.getImdbId();
	}

	@Transactional
	public void replace(Film film, AwardsInput input) {
		this.nominees.deleteByFilm(film);
		this.nominations.deleteByFilm(film);
		this.summaries.deleteByFilm(film);
		if (input.summary() != null) {
			this.summaries.save(new AwardSummary(film, input.summary()));
		}
		for (AwardNominationInput nominationInput : input.nominations()) {
			AwardNomination nomination = this.nominations.save(new AwardNomination(film, nominationInput));
			this.nominees.saveAll(AwardNominee.of(nomination, nominationInput.nominees(), this.people::resolve));
		}
	}

}
