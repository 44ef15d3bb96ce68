package dev.marquee.soundtrack;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.person.People;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a film's soundtracks with their credit lines as a whole (a film document); they
 * are read by {@link SoundtrackRows}.
 */
@Service
public class Soundtracks {

	private final SoundtrackRepository soundtracks;

	private final SoundtrackCreditRepository credits;

	private final People people;

	Soundtracks(SoundtrackRepository soundtracks, SoundtrackCreditRepository credits, People people) {
		this.soundtracks = soundtracks;
		this.credits = credits;
		this.people = people;
	}

	@Transactional
	public void replace(Film film, List<SoundtrackInput> inputs) {
		this.credits.deleteByFilm(film);
		this.soundtracks.deleteByFilm(film);
		int position = 1;
		for (SoundtrackInput input : inputs) {
			Soundtrack song = this.soundtracks.save(new Soundtrack(film, position++, input.title()));
			this.credits.saveAll(SoundtrackCredit.lines(song, input.credits(), this.people::resolve));
		}
	}

}
