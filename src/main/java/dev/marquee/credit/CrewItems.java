package dev.marquee.credit;

import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.person.People;
import dev.marquee.person.Person;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionOperation;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

/**
 * A film's crew credits, one at a time. The person is matched as for the cast (IMDb id,
 * else exact name among people without one, created only when none matches). A new credit
 * goes last in its department; a credit moved to another department goes last in that
 * one, and keeps its place when its department stays.
 */
@Component
class CrewItems extends SectionItemStore<CrewCredit, CrewMemberInput, CrewMember> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("crew", "CrewCredit", "crew credit", "crew", CrewMemberInput.class, CrewMember.class)
		.listed("Who did which job, grouped by department (directing, writing, producing, music, …) and in "
				+ "credit order within each, paged by cursor: follow next, or send after=nextCursor.")
		.noting(SectionOperation.ADD, "The credit goes last in its department. " + CastItems.PERSON_MATCHED)
		.noting(SectionOperation.REPLACE,
				"A credit moved to another department goes last in it; the person is matched as for a new credit.")
		.noting(SectionOperation.PATCH, "A credit moved to another department goes last in it.")
		.noting(SectionOperation.DELETE, "The person stays.");

	private final CrewCreditRepository repository;

	private final CrewRows rows;

	private final People people;

	CrewItems(CrewCreditRepository repository, People people, CrewRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
		this.people = people;
	}

	/**
	 * One page of the crew, in the order of {@link CrewRows}: two statements.
	 */
	@Override
	protected PageView<CrewMember> page(long film, SectionQuery query) {
		Cursor cursor = Cursor.decode(query.after(), "crew", 3);
		List<CrewRows.Placed> rows = (cursor != null)
				? this.rows.page(film, cursor.intKey(0), cursor.intKey(1), cursor.longKey(2), query.size() + 1)
				: this.rows.page(film, -1, 0, 0, query.size() + 1);
		return PageView.of(rows, query.size(), CrewRows.Placed::member,
				(row) -> Cursor.of("crew", row.department(), row.position(), row.member().id()));
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

	/**
	 * Looks up the person and the new place before changing the credit, so that the
	 * queries do not flush a half-changed credit (which would give it two new versions).
	 */
	@Override
	protected void replace(CrewCredit item, CrewMemberInput input) {
		Person person = this.people.resolve(input.person());
		boolean moved = item.getDepartment() != input.department();
		int position = moved ? this.repository.lastPosition(item.getFilm(), input.department()) + 1 : 0;
		item.replace(input);
		item.credit(person);
		if (moved) {
			item.place(input.department(), position);
		}
	}

}
