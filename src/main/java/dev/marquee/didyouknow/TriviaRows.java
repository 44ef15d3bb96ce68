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
 * A film's trivia as answered, oldest entry first.
 */
@Component
class TriviaRows extends SectionRows<TriviaItem> {

	TriviaRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(30, "trivia", TitlePageSection.Shape.LIST, TriviaItem.class), """
				SELECT t.id, t.version, t.text, t.spoiler, t.interesting_votes, t.total_votes FROM trivia t""",
				"ORDER BY t.id");
	}

	PageView<TriviaItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "trivia", query, "AND (? OR NOT t.spoiler)", query.spoilerFilter().shown());
	}

	@Override
	protected TriviaItem view(ResultSet rs) throws SQLException {
		return new TriviaItem(rs.getLong("id"), rs.getString("text"), rs.getBoolean("spoiler"),
				rs.getInt("interesting_votes"), rs.getInt("total_votes"), rs.getLong("version"));
	}

}
