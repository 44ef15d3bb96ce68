package dev.marquee.details;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's release dates as answered, earliest first.
 */
@Component
class ReleaseDateRows extends SectionRows<ReleaseDateItem> {

	ReleaseDateRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(130, "release-dates", TitlePageSection.Shape.LIST, ReleaseDateItem.class),
				"SELECT t.id, t.version, t.country, t.date, t.note FROM release_date t", "ORDER BY t.date, t.id");
	}

	PageView<ReleaseDateItem> page(long filmId, SectionQuery query) {
		Cursor cursor = Cursor.decode(query.after(), "release-dates", 2);
		List<ReleaseDateItem> rows = (cursor != null)
				? rows(filmId, "AND (t.date, t.id) > (?, ?)", query.size() + 1, (rs, row) -> view(rs),
						cursor.dateKey(0), cursor.longKey(1))
				: rows(filmId, "", query.size() + 1, (rs, row) -> view(rs));
		return PageView.of(rows, query.size(), (date) -> date,
				(date) -> Cursor.of("release-dates", date.date(), date.id()));
	}

	@Override
	protected ReleaseDateItem view(ResultSet rs) throws SQLException {
		return new ReleaseDateItem(rs.getLong("id"), rs.getString("country"), rs.getObject("date", LocalDate.class),
				rs.getString("note"), rs.getLong("version"));
	}

}
