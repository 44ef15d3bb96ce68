package dev.marquee.credit;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;
import dev.marquee.person.People;

import org.springframework.stereotype.Component;

/**
 * A film's crew credits, one at a time. The person is matched as for the cast (IMDb id,
 * else exact name among people without one, created only when none matches). A new credit
 * goes last in its department; a credit moved to another department goes last in that
 * one, and keeps its place when its department stays.
 */
@Component
class CrewItems extends SectionItemStore<CrewCredit, CrewMemberInput, CrewMember> {

	private final CrewCreditRepository repository;

	private final People people;

	CrewItems(CrewCreditRepository repository, People people) {
		super("crew", CrewMemberInput.class, repository);
		this.repository = repository;
		this.people = people;
	}

	@Override
	protected Optional<CrewCredit> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected CrewCredit create(Film film, CrewMemberInput input) {
		return new CrewCredit(film, this.people.resolve(input.person()), input.department(), input.job(),
				this.repository.lastPosition(film, input.department()) + 1, input.creditedAs(), input.note());
	}

	@Override
	protected void replace(CrewCredit item, CrewMemberInput input) {
		item.replace(input);
		item.credit(this.people.resolve(input.person()));
		if (item.getDepartment() != input.department()) {
			item.place(input.department(), this.repository.lastPosition(item.getFilm(), input.department()) + 1);
		}
	}

}
