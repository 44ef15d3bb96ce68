package dev.marquee.credit;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;
import dev.marquee.person.People;

import org.springframework.stereotype.Component;

/**
 * A film's cast credits, one at a time; the person is matched by IMDb id or name as in a
 * film document, never duplicated.
 */
@Component
class CastItems extends SectionItemStore<CastCredit, CastMemberInput, CastMember> {

	private final CastCreditRepository repository;

	private final People people;

	CastItems(CastCreditRepository repository, People people) {
		super("cast", CastMemberInput.class, repository);
		this.repository = repository;
		this.people = people;
	}

	@Override
	protected Optional<CastCredit> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected CastCredit create(Film film, CastMemberInput input) {
		return new CastCredit(film, this.people.resolve(input.person()), input.billingOrder(), input.characters(),
				input.creditedAs(), input.note());
	}

	@Override
	protected void replace(CastCredit item, CastMemberInput input) {
		item.replace(input);
		item.credit(this.people.resolve(input.person()));
	}

}
