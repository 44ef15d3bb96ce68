package dev.marquee.details;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.db.SqlArrays;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's alternate titles as answered, oldest entry first.
 */
@Component
class AlternateTitleRows extends SectionRows<AlternateTitleItem> {

	AlternateTitleRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(120, "alternate-titles", TitlePageSection.Shape.LIST, AlternateTitleItem.class),
				"SELECT t.id, t.version, t.title, t.region, t.language, t.types, t.attributes, t.original "
						+ "FROM alternate_title t",
				"ORDER BY t.id");
	}

	PageView<AlternateTitleItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "alternate-titles", query, "");
	}

	@Override
	protected AlternateTitleItem view(ResultSet rs) throws SQLException {
		return new AlternateTitleItem(rs.getLong("id"), rs.getString("title"), rs.getString("region"),
				rs.getString("language"), SqlArrays.strings(rs.getArray("types")),
				SqlArrays.strings(rs.getArray("attributes")), rs.getBoolean("original"), rs.getLong("version"));
	}

}
