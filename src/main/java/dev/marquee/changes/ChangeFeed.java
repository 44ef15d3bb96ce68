package dev.marquee.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the feed a page at a time. Rows are ordered by (transaction id, id) and only rows
 * of transactions older than every running one are shown: a change committed late by a
 * long transaction can never land behind a cursor a reader already holds.
 */
@Service
class ChangeFeed {

	static final String SORT = "feed";

	private final JdbcTemplate jdbc;

	ChangeFeed(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	PageView<ChangeView> page(int size, @Nullable String after) {
		Cursor cursor = Cursor.decode(after, SORT, 2);
		String visible = "tx_id < pg_snapshot_xmin(pg_current_snapshot())";
		String columns = "select id, tx_id::text as tx, occurred_at, action, resource_type, resource_id,"
				+ " resource_key, import_id from change_event where ";
		List<Row> rows = (cursor == null)
				? this.jdbc.query(columns + visible + " order by tx_id, id limit ?", ChangeFeed::row, size + 1)
				: this.jdbc.query(columns + visible + " and (tx_id, id) > (?::xid8, ?) order by tx_id, id limit ?",
						ChangeFeed::row, Long.toString(cursor.longKey(0)), cursor.longKey(1), size + 1);
		return PageView.of(rows, size, Row::view, Row::cursor);
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		long id = rs.getLong("id");
		Cursor cursor = Cursor.of(SORT, rs.getLong("tx"), id);
		UUID importId = rs.getObject("import_id", UUID.class);
		return new Row(cursor, new ChangeView(id, rs.getTimestamp("occurred_at").toInstant(),
				ChangeAction.fromCode(rs.getString("action")), rs.getString("resource_type"), rs.getLong("resource_id"),
				rs.getString("resource_key"), (importId != null) ? "import" : "api", importId, cursor.encode()));
	}

	private record Row(Cursor cursor, ChangeView view) {
	}

}
