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
 * A film's crazy credits as answered, oldest entry first.
 */
@Component
class CrazyCreditRows extends SectionRows<CrazyCreditItem> {

	CrazyCreditRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(50, "crazy-credits", TitlePageSection.Shape.LIST, CrazyCreditItem.class),
				"SELECT t.id, t.version, t.text FROM crazy_credit t", "ORDER BY t.id");
	}

	PageView<CrazyCreditItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "crazy-credits", query, "");
	}

	@Override
	protected CrazyCreditItem view(ResultSet rs) throws SQLException {
		return new CrazyCreditItem(rs.getLong("id"), rs.getString("text"), rs.getLong("version"));
	}

}
