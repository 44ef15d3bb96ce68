package dev.marquee.films;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import dev.marquee.film.FilmNotFoundException;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "More like this", page by page: the films ranked by {@link SimilarRows}, the most alike
 * first; one statement, its cost bounded whatever the catalogue's size. Paged by cursor
 * on (score, id).
 */
@Service
@Transactional(readOnly = true)
class SimilarFilms {

	static final String SORT = "similar";

	private final JdbcClient jdbc;

	private final SimilarRows rows;

	SimilarFilms(JdbcClient jdbc, SimilarRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/**
	 * A page of the films most like the film, the most alike first, each under its title
	 * in the languages asked for ({@link SimilarFilm#inLanguage}; none: its original
	 * title).
	 * @throws FilmNotFoundException when there is no such film
	 */
	PageView<SimilarFilm> page(ResourceId id, int size, @Nullable String after, List<String> languages) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", size + 1);
		String film = (id.imdbId() != null) ? "f.imdb_id = :film" : "f.id = :film";
		parameters.addValue("film", (id.imdbId() != null) ? id.imdbId() : id.id());
		Cursor cursor = Cursor.decode(after, SORT, 2);
		String keyset = "";
		if (cursor != null) {
			keyset = "s.score < :afterScore OR (s.score = :afterScore AND s.id > :afterId)";
			try {
				parameters.addValue("afterScore", new BigDecimal(cursor.key(0)));
			}
			catch (NumberFormatException ex) {
				throw Cursor.malformed();
			}
			parameters.addValue("afterId", cursor.longKey(1));
		}
		List<@Nullable SimilarFilm> rows = this.jdbc.sql(SimilarRows.sql(film, keyset, ":limit"))
			.paramSource(parameters)
			.query((rs, row) -> this.rows.similar(rs))
			.list();
		if (rows.isEmpty()) {
			throw FilmNotFoundException.forId(id);
		}
		List<SimilarFilm> found = rows.stream()
			.filter(Objects::nonNull)
			.map((similar) -> languages.isEmpty() ? similar : similar.inLanguage(languages))
			.toList();
		return PageView.of(found, size, (similar) -> similar, SimilarFilms::cursor);
	}

	/**
	 * The cursor of the page after this film.
	 */
	static Cursor cursor(SimilarFilm similar) {
		return Cursor.of(SORT, similar.score().toPlainString(), similar.film().id());
	}

}
