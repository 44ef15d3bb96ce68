package dev.marquee.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.film.FilmType;
import dev.marquee.list.ListView.ListedFilm;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.ETags;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads lists for the list endpoints: a page of lists in title order with their film
 * counts (one statement), or one list with its films (two statements).
 */
@Service
@Transactional(readOnly = true)
class ListCatalogue {

	static final String SORT = "title";

	private final JdbcClient jdbc;

	ListCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageView<ListSummary> page(int size, @Nullable String after) {
		Cursor cursor = Cursor.decode(after, SORT, 2);
		Map<String, Object> params = new HashMap<>();
		params.put("limit", size + 1);
		String keyset = "";
		if (cursor != null) {
			keyset = "WHERE (l.title, l.id) > (:afterTitle, :afterId)";
			params.put("afterTitle", cursor.key(0));
			params.put("afterId", cursor.longKey(1));
		}
		List<ListSummary> rows = this.jdbc.sql("""
				SELECT l.id, l.title, l.description,
				       (SELECT count(*) FROM film_list_item i WHERE i.list_id = l.id) AS film_count
				FROM film_list l
				%s
				ORDER BY l.title, l.id
				LIMIT :limit
				""".formatted(keyset))
			.params(params)
			.query((rs, row) -> new ListSummary(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
					rs.getLong("film_count")))
			.list();
		return PageView.of(rows, size, (row) -> row, (row) -> Cursor.of(SORT, row.title(), row.id()));
	}

	/**
	 * The list with its films, and its version and the films' for the ETag: a film's
	 * version changes with its title, year and type, and a film that leaves the list
	 * (deleted with the film) leaves the digest.
	 */
	Versioned<ListView> read(long id) {
		Versioned<ListSummary> list = this.jdbc
			.sql("SELECT id, title, description, version FROM film_list WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Versioned<>(
					new ListSummary(rs.getLong("id"), rs.getString("title"), rs.getString("description"), 0),
					rs.getLong("version")))
			.optional()
			.orElseThrow(() -> ListNotFoundException.forId(id));
		List<ETags.Shown> shown = new ArrayList<>();
		List<ListedFilm> films = this.jdbc.sql("""
				SELECT i.position, f.id, f.imdb_id, f.title, f.release_year, f.type, f.version, i.note
				FROM film_list_item i JOIN film f ON f.id = i.film_id
				WHERE i.list_id = :id
				ORDER BY i.position, i.id
				""").param("id", id).query((rs, row) -> {
			shown.add(new ETags.Shown(ETags.Shown.FILM, rs.getLong("id"), rs.getLong("version")));
			return new ListedFilm(rs.getInt("position"), rs.getLong("id"), rs.getString("imdb_id"),
					rs.getString("title"), rs.getObject("release_year", Integer.class),
					FilmType.fromCode(rs.getString("type")), rs.getString("note"));
		}).list();
		ListSummary summary = list.view();
		return new Versioned<>(
				new ListView(summary.id(), summary.title(), summary.description(), films, list.version()),
				list.version(), shown);
	}

}
