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
 * A film's taglines as answered, in the order given.
 */
@Component
class TaglineRows extends SectionRows<TaglineItem> {

	TaglineRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(155, "taglines", TitlePageSection.Shape.LIST, TaglineItem.class),
				"SELECT t.id, t.version, t.text FROM tagline t", "ORDER BY t.id");
	}

	PageView<TaglineItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "taglines", query, "");
	}

	@Override
	protected TaglineItem view(ResultSet rs) throws SQLException {
		return new TaglineItem(rs.getLong("id"), rs.getString("text"), rs.getLong("version"));
	}

}
