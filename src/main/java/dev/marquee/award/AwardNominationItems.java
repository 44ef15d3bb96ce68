package dev.marquee.award;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.marquee.film.Film;
import dev.marquee.person.People;
import dev.marquee.person.Person;
import dev.marquee.person.PersonRefInput;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionOperation;

import org.springframework.stereotype.Component;

/**
 * A film's award nominations, one at a time, its nominees part of its input: replaced as
 * a whole, in the order given, each nominee's person matched as in a film document.
 */
@Component
class AwardNominationItems extends SectionItemStore<AwardNomination, AwardNominationInput, AwardNominationItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("awards/nominations", "AwardNomination", "award nomination", "award nominations",
				AwardNominationInput.class, AwardNominationItem.class)
		.recordedAs("award-nominations")
		.noting(SectionOperation.ADD,
				"The nominees keep the order given; a nominee's person, when given, is matched by IMDb id, "
						+ "else by exact name among people without one, and created only when none matches. The award "
						+ "summary is not recomputed: it is set by PUT /films/{id}/awards/summary.")
		.noting(SectionOperation.REPLACE, "The nominees are replaced as a whole, in the order given.")
		.noting(SectionOperation.PATCH,
				"The nominees are one field: a patch that names nominees replaces them all, in the order given.")
		.noting(SectionOperation.DELETE, "The people its nominees name stay.");

	private final AwardNominationRepository repository;

	private final People people;

	AwardNominationItems(AwardNominationRepository repository, People people, AwardRows rows) {
		super(SECTION, repository, rows);
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
		nomination.nominate(AwardNominee.of(nomination, input.nominees(), resolver(input)));
		return nomination;
	}

	/**
	 * Resolves the nominees' people before changing the nomination, so that their queries
	 * do not flush a half-changed nomination.
	 */
	@Override
	protected void replace(AwardNomination item, AwardNominationInput input) {
		List<AwardNominee> nominees = AwardNominee.of(item, input.nominees(), resolver(input));
		item.replace(input);
		item.nominate(nominees);
	}

	/**
	 * Resolves the nominees' people, all locked first in one order (see
	 * {@link People#resolver}).
	 */
	private Function<PersonRefInput, Person> resolver(AwardNominationInput input) {
		return this.people
			.resolver(input.nominees().stream().map(NomineeInput::person).filter(Objects::nonNull).toList());
	}

}
