package dev.marquee.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.support.web.ResourceId;
import dev.marquee.person.People;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's awards: three statements (summary, nominations, nominees with their people)
 * whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class Awards {

	private final AwardNominationRepository nominations;

	private final AwardNomineeRepository nominees;

	private final AwardSummaryRepository summaries;

	private final People people;

	private final Films films;

	Awards(AwardNominationRepository nominations, AwardNomineeRepository nominees, AwardSummaryRepository summaries,
			People people, Films films) {
		this.nominations = nominations;
		this.nominees = nominees;
		this.summaries = summaries;
		this.people = people;
		this.films = films;
	}

	public AwardsView forFilm(Film film) {
		Map<Long, List<Nominee>> nomineesByNomination = this.nominees.findByFilm(film)
			.stream()
			.collect(Collectors.groupingBy(AwardNominee::getNominationId,
					Collectors.mapping(AwardNominee::toView, Collectors.toList())));
		List<AwardNominationItem> items = this.nominations.findByFilm(film)
			.stream()
			.map((nomination) -> nomination.toView(nomineesByNomination.getOrDefault(nomination.getId(), List.of())))
			.toList();
		return new AwardsView(this.summaries.findByFilm(film).map(AwardSummary::toView).orElse(null), items);
	}

	AwardsView forFilm(ResourceId filmId) {
		return forFilm(this.films.require(filmId));
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
			List<AwardNominee> nominees = new ArrayList<>();
			int position = 1;
			for (NomineeInput nominee : nominationInput.nominees()) {
				nominees.add(new AwardNominee(nomination, position++, nominee,
						(nominee.person() != null) ? this.people.resolve(nominee.person()) : null));
			}
			this.nominees.saveAll(nominees);
		}
	}

}
