package dev.marquee.didyouknow;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.section.SectionPaging;
import dev.marquee.section.Spoilers;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

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

	public List<TriviaItem> trivia(Film film) {
		return this.trivia.findByFilm(film).stream().map(Trivia::toView).toList();
	}

	public List<GoofItem> goofs(Film film) {
		return this.goofs.findByFilm(film).stream().map(Goof::toView).toList();
	}

	public List<CrazyCreditItem> crazyCredits(Film film) {
		return this.crazyCredits.findByFilm(film).stream().map(CrazyCredit::toView).toList();
	}

	public List<ConnectionItem> connections(Film film) {
		return this.connections.findByFilm(film).stream().map(Connection::toView).toList();
	}

	PageView<TriviaItem> triviaPage(ResourceId filmId, int size, @Nullable String after, Spoilers spoilers) {
		Film film = this.films.require(filmId);
		return SectionPaging.pageById("trivia", size, after,
				(afterId, limit) -> this.trivia.findPage(film, afterId, spoilers.shown(), limit), Trivia::toView);
	}

	PageView<GoofItem> goofPage(ResourceId filmId, int size, @Nullable String after, Spoilers spoilers) {
		Film film = this.films.require(filmId);
		return SectionPaging.pageById("goofs", size, after,
				(afterId, limit) -> this.goofs.findPage(film, afterId, spoilers.shown(), limit), Goof::toView);
	}

	PageView<CrazyCreditItem> crazyCreditPage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		return SectionPaging.pageById("crazy-credits", size, after,
				(afterId, limit) -> this.crazyCredits.findPage(film, afterId, limit), CrazyCredit::toView);
	}

	PageView<ConnectionItem> connectionPage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		return SectionPaging.pageById("connections", size, after,
				(afterId, limit) -> this.connections.findPage(film, afterId, limit), Connection::toView);
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
