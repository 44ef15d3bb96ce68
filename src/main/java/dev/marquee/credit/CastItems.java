package dev.marquee.credit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.marquee.film.Film;
import dev.marquee.person.People;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionOperation;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

/**
 * A film's cast credits, one at a time; the person is matched by IMDb id or name as in a
 * film document, never duplicated.
 */
@Component
class CastItems extends SectionItemStore<CastCredit, CastMemberInput, CastMember> {

	/**
	 * How a credit's person is found, as in a film document.
	 */
	static final String PERSON_MATCHED = "The person is matched by IMDb id, else by exact name among people "
			+ "without one, and created only when none matches.";

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("cast", "CastCredit", "cast credit", "cast", CastMemberInput.class, CastMember.class)
		.listed("The actors in billing order (Ryan Gosling, Emma Stone, …), each with the characters they "
				+ "play, paged by cursor: follow next, or send after=nextCursor.")
		.noting(SectionOperation.ADD, CastItems.PERSON_MATCHED)
		.noting(SectionOperation.DELETE, "The person stays.");

	private final CastCreditRepository repository;

	private final CastRows rows;

	private final People people;

	CastItems(CastCreditRepository repository, People people, CastRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
		this.people = people;
	}

	/**
	 * One page of the cast in billing order: the film and the page are two statements.
	 */
	@Override
	protected PageView<CastMember> page(long film, SectionQuery query) {
		Cursor cursor = Cursor.decode(query.after(), "cast", 2);
		List<CastMember> rows = (cursor != null)
				? this.rows.page(film, cursor.intKey(0), cursor.longKey(1), query.size() + 1)
				: this.rows.page(film, 0, 0, query.size() + 1);
		return PageView.of(rows, query.size(), Function.identity(),
				(member) -> Cursor.of("cast", member.billingOrder(), member.id()));
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
