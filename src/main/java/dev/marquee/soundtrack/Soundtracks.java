package dev.marquee.soundtrack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.marquee.film.Film;
import dev.marquee.person.People;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's soundtracks with their credit lines: two statements whatever the number of
 * songs.
 */
@Service
@Transactional(readOnly = true)
public class Soundtracks {

	private final SoundtrackRepository soundtracks;

	private final SoundtrackCreditRepository credits;

	private final People people;

	Soundtracks(SoundtrackRepository soundtracks, SoundtrackCreditRepository credits, People people) {
		this.soundtracks = soundtracks;
		this.credits = credits;
		this.people = people;
	}

	public List<SoundtrackItem> forFilm(Film film) {
		Map<Long, List<SoundtrackCreditLine>> lines = this.credits.findByFilm(film)
			.stream()
			.collect(Collectors.groupingBy(SoundtrackCredit::getSoundtrackId,
					Collectors.mapping(SoundtrackCredit::toView, Collectors.toList())));
		return this.soundtracks.findByFilm(film)
			.stream()
			.map((song) -> new SoundtrackItem(song.getId(), song.getTitle(),
					lines.getOrDefault(song.getId(), List.of())))
			.toList();
	}

	@Transactional
	public void replace(Film film, List<SoundtrackInput> inputs) {
		this.credits.deleteByFilm(film);
		this.soundtracks.deleteByFilm(film);
		int position = 1;
		for (SoundtrackInput input : inputs) {
			Soundtrack song = this.soundtracks.save(new Soundtrack(film, position++, input.title()));
			List<SoundtrackCredit> lines = new ArrayList<>();
			int line = 1;
			for (SoundtrackCreditLineInput credit : input.credits()) {
				lines.add(new SoundtrackCredit(song, line++, credit.role(), credit.text(),
						(credit.person() != null) ? this.people.resolve(credit.person()) : null));
			}
			this.credits.saveAll(lines);
		}
	}

}
