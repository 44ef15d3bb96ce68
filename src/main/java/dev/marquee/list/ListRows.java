package dev.marquee.list;

import java.util.List;

import dev.marquee.section.SectionProjection;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists a film is on as its title page shows them, by title.
 */
@Component
class ListRows extends SectionProjection {

	private static final Embedding EMBEDDING = new Embedding(150, "lists", TitlePageSection.Shape.LIST, ListRef.class);

	ListRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING);
	}

	@Override
	public List<Rows<?>> rows() {
		return List.of(new Rows<>(
				"SELECT l.id, l.title, l.description FROM film_list_item i JOIN film_list l ON l.id = i.list_id",
				"i.film_id", "ORDER BY l.title, l.id",
				(rs, row) -> new ListRef(rs.getLong("id"), rs.getString("title"), rs.getString("description"))));
	}

	@Override
	public List<?> assemble(List<List<?>> rows) {
		return rows.get(0);
	}

	@Override
	public List<Shown> shown() {
		return List.of(Shown.byKey(ETags.Shown.LIST, "film_list", "i.list_id", "FROM film_list_item i", "i.film_id"));
	}

}
