package dev.marquee.award;

import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;
import dev.marquee.person.People;

import org.springframework.stereotype.Component;

/**
 * A film's award nominations, one at a time, its nominees part of its input: replaced as
 * a whole, in the order given, each nominee's person matched as in a film document.
 */
@Component
class AwardNominationItems extends SectionItemStore<AwardNomination, AwardNominationInput, AwardNominationItem> {

	private final AwardNominationRepository repository;

	private final People people;

	AwardNominationItems(AwardNominationRepository repository, People people) {
		super("award-nominations", AwardNominationInput.class, repository);
		this.repository = repository;
		this.people = people;
	}

	@Override
	protected Optional<AwardNomination> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected AwardNomination create(Film film, AwardNominationInput input) {
		AwardNomination nomination = new AwardNomination(film, input);
		nomination.nominate(AwardNominee.of(nomination, input.nominees(), this.people::resolve));
		return nomination;
	}

	/**
	 * Resolves the nominees' people before changing the nomination, so that their queries
	 * do not flush a half-changed nomination.
	 */
	@Override
	protected void replace(AwardNomination item, AwardNominationInput input) {
		List<AwardNominee> nominees = AwardNominee.of(item, input.nominees(), this.people::resolve);
		item.replace(input);
		item.nominate(nominees);
	}

}
