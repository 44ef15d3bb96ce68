package dev.marquee.list;

import java.util.List;

import dev.marquee.section.SectionProjection;
import dev.marquee.section.TitlePageSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists a film is on as its title page shows them, by title, in one statement.
 */
@Component
class ListRows extends SectionProjection {

	private static final Embedding EMBEDDING = new Embedding(150, "lists", TitlePageSection.Shape.LIST, ListRef.class);

	ListRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING);
	}

	@Override
	public List<ListRef> read(long filmId) {
		return this.jdbc.sql("""
				SELECT l.id, l.title, l.description
				FROM film_list_item i JOIN film_list l ON l.id = i.list_id
				WHERE i.film_id = ? ORDER BY l.title, l.id""")
			.param(filmId)
			.query((rs, row) -> new ListRef(rs.getLong("id"), rs.getString("title"), rs.getString("description")))
			.list();
	}

}
