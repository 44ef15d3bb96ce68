package dev.marquee.details;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's filming locations as answered, in the order given.
 */
@Component
class LocationRows extends SectionRows<LocationItem> {

	LocationRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(110, "locations", TitlePageSection.Shape.LIST, LocationItem.class),
				"SELECT t.id, t.version, t.position, t.place, t.note FROM filming_location t",
				"ORDER BY t.position, t.id");
	}

	PageView<LocationItem> page(long filmId, SectionQuery query) {
		Cursor cursor = Cursor.decode(query.after(), "locations", 2);
		List<Placed> rows = rows(filmId, "AND (t.position, t.id) > (?, ?)", query.size() + 1,
				(rs, row) -> new Placed(view(rs), rs.getInt("position")),
				(cursor != null) ? cursor.intKey(0) : Integer.MIN_VALUE, (cursor != null) ? cursor.longKey(1) : 0L);
		return PageView.of(rows, query.size(), Placed::location,
				(row) -> Cursor.of("locations", row.position(), row.location().id()));
	}

	@Override
	protected LocationItem view(ResultSet rs) throws SQLException {
		return new LocationItem(rs.getLong("id"), rs.getString("place"), rs.getString("note"), rs.getLong("version"));
	}

	private record Placed(LocationItem location, int position) {
	}

}
