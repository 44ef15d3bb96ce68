package dev.marquee.soundtrack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;
import dev.marquee.person.People;
import dev.marquee.person.Person;
import dev.marquee.person.PersonRefInput;

import org.springframework.stereotype.Component;

/**
 * A film's soundtracks, one song at a time, its credit lines part of its input: replaced
 * as a whole, in the order given, each line's person matched as in a film document. A new
 * song goes last; a replaced one keeps its place.
 */
@Component
class SoundtrackItems extends SectionItemStore<Soundtrack, SoundtrackInput, SoundtrackItem> {

	private final SoundtrackRepository repository;

	private final People people;

	SoundtrackItems(SoundtrackRepository repository, People people) {
		super("soundtracks", SoundtrackInput.class, repository);
		this.repository = repository;
		this.people = people;
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
