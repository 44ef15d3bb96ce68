package dev.marquee.didyouknow;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's goofs as answered, oldest entry first.
 */
@Component
class GoofRows extends SectionRows<GoofItem> {

	GoofRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(40, "goofs", TitlePageSection.Shape.LIST, GoofItem.class),
				"SELECT t.id, t.version, t.category, t.text, t.spoiler FROM goof t", "ORDER BY t.id");
	}

	PageView<GoofItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "goofs", query, "AND (? OR NOT t.spoiler)", query.spoilerFilter().shown());
	}

	@Override
	protected GoofItem view(ResultSet rs) throws SQLException {
		return new GoofItem(rs.getLong("id"), GoofCategory.fromCode(rs.getString("category")), rs.getString("text"),
				rs.getBoolean("spoiler"), rs.getLong("version"));
	}

}
