package dev.marquee.didyouknow;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.film.Films;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The title page's "Did you know" sections: trivia, goofs, crazy credits and connections.
 * Each is read in one statement and written as a whole.
 */
@Service
@Transactional(readOnly = true)
public class DidYouKnow {

	private final TriviaRepository trivia;

	private final GoofRepository goofs;

	private final CrazyCreditRepository crazyCredits;

	private final ConnectionRepository connections;

	private final Films films;

	DidYouKnow(TriviaRepository trivia, GoofRepository goofs, CrazyCreditRepository crazyCredits,
			ConnectionRepository connections, Films films) {
		this.trivia = trivia;
		this.goofs = goofs;
		this.crazyCredits = crazyCredits;
		this.connections = connections;
		this.films = films;
	}

	@Transactional
	public void replaceTrivia(Film film, List<TriviaInput> inputs) {
		this.trivia.deleteByFilm(film);
		this.trivia.saveAll(inputs.stream().map((input) -> new Trivia(film, input)).toList());
	}

	@Transactional
	public void replaceGoofs(Film film, List<GoofInput> inputs) {
		this.goofs.deleteByFilm(film);
		this.goofs.saveAll(inputs.stream().map((input) -> new Goof(film, input)).toList());
	}

	@Transactional
	public void replaceCrazyCredits(Film film, List<CrazyCreditInput> inputs) {
		this.crazyCredits.deleteByFilm(film);
		this.crazyCredits.saveAll(inputs.stream().map((input) -> new CrazyCredit(film, input)).toList());
	}

	@Transactional
	public void replaceConnections(Film film, List<ConnectionInput> inputs) {
		this.connections.deleteByFilm(film);
		this.connections.saveAll(inputs.stream()
			.map((input) -> new Connection(film, input,
					(input.related().imdbId() != null) ? this.films.findByImdbId(input.related().imdbId()).orElse(null)
							: null))
			.toList());
	}

}
