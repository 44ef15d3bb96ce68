package dev.marquee.soundtrack;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.person.People;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
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

	private final Films films;

	Soundtracks(SoundtrackRepository soundtracks, SoundtrackCreditRepository credits, People people, Films films) {
		this.soundtracks = soundtracks;
		this.credits = credits;
		this.people = people;
		this.films = films;
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

	/**
	 * One page of songs in credit order with their credit lines: three statements (film,
	 * songs, lines of those songs) whatever the page size.
	 */
	PageView<SoundtrackItem> page(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, "soundtracks", 2);
		List<Soundtrack> songs = (cursor != null)
				? this.soundtracks.findPage(film, cursor.intKey(0), cursor.longKey(1), Limit.of(size + 1))
				: this.soundtracks.findPage(film, 0, 0, Limit.of(size + 1));
		Map<Long, List<SoundtrackCreditLine>> lines = linesOf(songs);
		return PageView.of(songs, size, (song) -> view(song, lines),
				(song) -> Cursor.of("soundtracks", song.getPosition(), song.getId()));
	}

	private Map<Long, List<SoundtrackCreditLine>> linesOf(List<Soundtrack> songs) {
		if (songs.isEmpty()) {
			return Map.of();
		}
		return this.credits.findBySoundtrackIds(songs.stream().map(Soundtrack::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(SoundtrackCredit::getSoundtrackId,
					Collectors.mapping(SoundtrackCredit::toView, Collectors.toList())));
	}

	private static SoundtrackItem view(Soundtrack song, Map<Long, List<SoundtrackCreditLine>> lines) {
		return new SoundtrackItem(song.getId(), song.getTitle(), lines.getOrDefault(song.getId(), List.of()));
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
