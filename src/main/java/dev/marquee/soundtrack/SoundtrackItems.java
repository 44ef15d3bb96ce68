package dev.marquee.soundtrack;

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
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

/**
 * A film's soundtracks, one song at a time, its credit lines part of its input: replaced
 * as a whole, in the order given, each line's person matched as in a film document. A new
 * song goes last; a replaced one keeps its place.
 */
@Component
class SoundtrackItems extends SectionItemStore<Soundtrack, SoundtrackInput, SoundtrackItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("soundtracks", "Soundtrack", "soundtrack", "soundtracks", SoundtrackInput.class, SoundtrackItem.class)
		.listed("The music heard in the film in the order of its credits, each song with its credit lines "
				+ "(written by, performed by, courtesy of, …), paged by cursor: follow next, or send "
				+ "after=nextCursor.")
		.noting(SectionOperation.ADD,
				"The song goes last in the film's soundtracks; its credit lines keep the order given, each "
						+ "line's person matched by IMDb id, else by exact name among people without one, and created "
						+ "only when none matches.")
		.noting(SectionOperation.REPLACE,
				"The credit lines are replaced as a whole, in the order given; the song keeps its place.")
		.noting(SectionOperation.PATCH,
				"The credit lines are one field: a patch that names credits replaces every line, in the "
						+ "order given.")
		.noting(SectionOperation.DELETE, "Its credit lines go with it; the people they name stay.");

	private final SoundtrackRepository repository;

	private final SoundtrackRows rows;

	private final People people;

	SoundtrackItems(SoundtrackRepository repository, People people, SoundtrackRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
		this.people = people;
	}

	@Override
	protected PageView<SoundtrackItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<Soundtrack> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Soundtrack create(Film film, SoundtrackInput input) {
		Soundtrack song = new Soundtrack(film, this.repository.lastPosition(film) + 1, input.title());
		song.credit(SoundtrackCredit.lines(song, input.credits(), resolver(input)));
		return song;
	}

	/**
	 * Resolves the lines' people before changing the song, so that their queries do not
	 * flush a half-changed song.
	 */
	@Override
	protected void replace(Soundtrack item, SoundtrackInput input) {
		List<SoundtrackCredit> lines = SoundtrackCredit.lines(item, input.credits(), resolver(input));
		item.replace(input);
		item.credit(lines);
	}

	/**
	 * Resolves the lines' people, all locked first in one order (see
	 * {@link People#resolver}).
	 */
	private Function<PersonRefInput, Person> resolver(SoundtrackInput input) {
		return this.people.resolver(
				input.credits().stream().map(SoundtrackCreditLineInput::person).filter(Objects::nonNull).toList());
	}

}
