package dev.marquee.storyline;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's keywords as answered, each with its slug and name in the same statement, in
 * the order given. A keyword never changes, so an item shows nothing that could go stale.
 */
@Component
class KeywordRows extends SectionRows<KeywordItem> {

	KeywordRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(165, "keywords", TitlePageSection.Shape.LIST, KeywordItem.class), """
				SELECT t.id, t.version, k.slug AS keyword_slug, k.name AS keyword_name
				FROM film_keyword t JOIN keyword k ON k.id = t.keyword_id""", "ORDER BY t.id");
	}

	PageView<KeywordItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "keywords", query, "");
	}

	@Override
	protected KeywordItem view(ResultSet rs) throws SQLException {
		return new KeywordItem(rs.getLong("id"), rs.getString("keyword_slug"), rs.getString("keyword_name"),
				rs.getLong("version"));
	}

}
