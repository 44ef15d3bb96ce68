package dev.marquee.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Replaces a film's rows of a child table (credits, alternate titles) with the rows the
 * files give, set-wise and only for films whose rows differ: each film's wanted and
 * current rows are fingerprinted in order, and only films whose fingerprints differ are
 * deleted and re-inserted. Unchanged films keep their rows, ids and timestamps.
 *
 * @param table the child table
 * @param columns the compared and copied columns (besides {@code film_id})
 * @param wantedOrder the order of a film's wanted rows (also the insert order, so ids
 * follow it)
 * @param currentOrder the order of a film's current rows
 */
record ChildReplacement(String table, String columns, String wantedOrder, String currentOrder) {

	void apply(Connection connection, String scopeSql, String wantedSql, Map<String, Long> counts) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMP TABLE import_scope ON COMMIT DROP AS " + scopeSql);
			statement.execute("CREATE TEMP TABLE import_wanted ON COMMIT DROP AS " + wantedSql);
			statement.execute("ANALYZE import_scope, import_wanted");
			// Fingerprints only where a film has rows to compare with: a film without
			// current
			// rows changes when it has wanted ones (all of them on a first import).
			statement.execute("""
					CREATE TEMP TABLE import_current ON COMMIT DROP AS
					SELECT film_id, md5(string_agg(row(%1$s)::text, '|' ORDER BY %2$s)) AS h
					FROM %3$s WHERE film_id IN (SELECT id FROM import_scope) GROUP BY film_id""".formatted(this.columns,
					this.currentOrder, this.table));
			statement.execute("ANALYZE import_current");
			statement.execute("""
					CREATE TEMP TABLE import_changed ON COMMIT DROP AS
					SELECT DISTINCT film_id FROM import_wanted w
					WHERE NOT EXISTS (SELECT 1 FROM import_current c WHERE c.film_id = w.film_id)
					UNION ALL
					SELECT film_id FROM import_current c
					LEFT JOIN (SELECT film_id, md5(string_agg(row(%1$s)::text, '|' ORDER BY %2$s)) AS h
					           FROM import_wanted WHERE film_id IN (SELECT film_id FROM import_current)
					           GROUP BY film_id) w
					USING (film_id)
					WHERE w.h IS DISTINCT FROM c.h""".formatted(this.columns, this.wantedOrder));
			long deleted = statement.executeLargeUpdate(
					"DELETE FROM " + this.table + " WHERE film_id IN (SELECT film_id FROM import_changed)");
			long inserted = statement.executeLargeUpdate(("INSERT INTO %1$s (film_id, %2$s) SELECT film_id, %2$s "
					+ "FROM import_wanted WHERE film_id IN (SELECT film_id FROM import_changed) ORDER BY film_id, %3$s")
				.formatted(this.table, this.columns, this.wantedOrder));
			try (ResultSet rows = statement
				.executeQuery("SELECT count(*), (SELECT count(*) FROM import_scope) FROM import_changed")) {
				rows.next();
				counts.put("films replaced", rows.getLong(1));
				counts.put("films unchanged", rows.getLong(2) - rows.getLong(1));
			}
			counts.put("rows deleted", deleted);
			counts.put("rows inserted", inserted);
		}
	}

}
