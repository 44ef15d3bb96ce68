package dev.marquee.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Brings a film's rows of a child table (credits, alternate titles) to the rows the files
 * give, set-wise and only where they differ. Each film's wanted and current rows are
 * fingerprinted in order, and only films whose fingerprints differ are touched: a film
 * without rows gets the wanted ones inserted; a film with rows has them compared place by
 * place (the first current row with the first wanted one, and so on), and only the rows
 * that differ are updated, the extra current ones deleted and the extra wanted ones
 * inserted. Where the table's rows are read in the order of their own columns (credits,
 * by billing or department and position) rather than of their ids, a current row equal to
 * a wanted one is first kept as it is, and only the rows left over are compared place by
 * place: a line removed from or added to the middle of a title's credits then deletes or
 * inserts one row, where comparing every place would rewrite each row after it, and a
 * credit that did not change keeps its id. Unchanged rows keep their ids, versions and
 * timestamps. When no film in scope has rows yet (a first load), the wanted rows are
 * inserted as they come.
 * <p>
 * The films whose rows changed are gathered in {@code import_touched}, for one new
 * version each (its ETag covers its sections) and an entry in the change feed once every
 * child table of the transaction is merged.
 *
 * @param table the child table
 * @param columns the compared and copied columns (besides {@code film_id})
 * @param wantedOrder the order of a film's wanted rows (also the insert order, so ids
 * follow it)
 * @param currentOrder the order of a film's current rows
 * @param readByColumns whether readers order the rows by their columns alone (ids only
 * break ties), so equal rows are kept before places are compared
 * @param derivedColumns columns the wanted rows also give (after {@code columns}) that
 * are derived from the film, not compared: written with the rows inserted for films that
 * had none (every row of a first load); the few rows a comparison inserts get them from
 * the table's own trigger. Empty for none.
 */
record ChildReplacement(String table, String columns, String wantedOrder, String currentOrder, boolean readByColumns,
		String derivedColumns) {

	void apply(Connection connection, ImportFeed feed, String scopeSql, String wantedSql, Map<String, Long> counts)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMP TABLE import_scope ON COMMIT DROP AS " + scopeSql);
			// The film gets its new version once, after all its children are merged
			// (Merges.filmVersions).
			statement
				.execute("CREATE TEMP TABLE IF NOT EXISTS import_touched (film_id bigint PRIMARY KEY) ON COMMIT DROP");
			if (!hasRows(statement)) {
				insertAll(statement, feed, wantedSql, counts);
				return;
			}
			statement.execute("CREATE TEMP TABLE import_wanted ON COMMIT DROP AS " + wantedSql);
			statement.execute("ANALYZE import_scope, import_wanted");
			// Fingerprints only where a film has rows to compare with: a film without
			// current rows changes when it has wanted ones (all of them on a first
			// import).
			statement.execute("""
					CREATE TEMP TABLE import_current ON COMMIT DROP AS
					SELECT film_id, md5(string_agg(row(%1$s)::text, '|' ORDER BY %2$s)) AS h
					FROM %3$s WHERE film_id IN (SELECT id FROM import_scope) GROUP BY film_id""".formatted(this.columns,
					this.currentOrder, this.table));
			statement.execute("ANALYZE import_current");
			statement.execute("""
					CREATE TEMP TABLE import_changed ON COMMIT DROP AS
					SELECT DISTINCT film_id, false AS had_rows FROM import_wanted w
					WHERE NOT EXISTS (SELECT 1 FROM import_current c WHERE c.film_id = w.film_id)
					UNION ALL
					SELECT film_id, true FROM import_current c
					LEFT JOIN (SELECT film_id, md5(string_agg(row(%1$s)::text, '|' ORDER BY %2$s)) AS h
					           FROM import_wanted WHERE film_id IN (SELECT film_id FROM import_current)
					           GROUP BY film_id) w
					USING (film_id)
					WHERE w.h IS DISTINCT FROM c.h""".formatted(this.columns, this.wantedOrder));
			statement.execute("ANALYZE import_changed");
			long inserted = statement.executeLargeUpdate(("INSERT INTO %1$s (film_id, %2$s) SELECT film_id, %2$s "
					+ "FROM import_wanted WHERE film_id IN (SELECT film_id FROM import_changed WHERE NOT had_rows) "
					+ "ORDER BY film_id, %3$s")
				.formatted(this.table, insertedColumns(), this.wantedOrder));
			long[] compared = compare(statement);
			inserted += compared[2];
			statement.execute("INSERT INTO import_touched SELECT DISTINCT film_id FROM import_changed "
					+ "ON CONFLICT DO NOTHING");
			try (ResultSet rows = statement.executeQuery(
					"SELECT (SELECT count(DISTINCT film_id) FROM import_changed), (SELECT count(*) FROM import_scope)")) {
				rows.next();
				counts.put("films replaced", rows.getLong(1));
				counts.put("films unchanged", rows.getLong(2) - rows.getLong(1));
			}
			counts.put("rows updated", compared[0]);
			counts.put("rows deleted", compared[1]);
			counts.put("rows inserted", inserted);
			// The next child table of the same transaction makes its own.
			statement.execute("DROP TABLE import_scope, import_wanted, import_current, import_changed, import_old, "
					+ "import_new, import_differ");
		}
	}

	/**
	 * Whether any film in scope has rows in the table: none on a first load.
	 */
	private boolean hasRows(Statement statement) throws SQLException {
		try (ResultSet rows = statement
			.executeQuery("SELECT EXISTS (SELECT 1 FROM %s WHERE film_id IN (SELECT id FROM import_scope))"
				.formatted(this.table))) {
			rows.next();
			return rows.getBoolean(1);
		}
	}

	/**
	 * When no film in scope has rows, every wanted row is new: inserted straight from the
	 * files' rows, with nothing to fingerprint or compare (a first load). Only the films
	 * this import has not written yet go into {@code import_touched}: the others get no
	 * new version anyway, and on a first load that is every film (collecting a million
	 * films there, through the session's few temporary buffers, took seconds per table).
	 */
	private void insertAll(Statement statement, ImportFeed feed, String wantedSql, Map<String, Long> counts)
			throws SQLException {
		try (ResultSet rows = statement.executeQuery("""
				WITH inserted AS (
				    INSERT INTO %1$s (film_id, %2$s) SELECT film_id, %2$s FROM (%3$s) w ORDER BY film_id, %4$s
				    RETURNING film_id),
				touched AS (INSERT INTO import_touched
				            SELECT film_id FROM (SELECT DISTINCT film_id FROM inserted) i WHERE %5$s
				            ON CONFLICT DO NOTHING)
				SELECT count(*), count(DISTINCT film_id), (SELECT count(*) FROM import_scope) FROM inserted"""
			.formatted(this.table, insertedColumns(), wantedSql, this.wantedOrder,
					feed.unwritten("film", "i.film_id")))) {
			rows.next();
			counts.put("films replaced", rows.getLong(2));
			counts.put("films unchanged", rows.getLong(3) - rows.getLong(2));
			counts.put("rows updated", 0L);
			counts.put("rows deleted", 0L);
			counts.put("rows inserted", rows.getLong(1));
		}
		statement.execute("DROP TABLE import_scope");
	}

	/**
	 * Compares the rows of the films that had rows, place by place: answers the rows
	 * updated, deleted and inserted.
	 */
	private long[] compare(Statement statement) throws SQLException {
		String current = prefixed("o");
		String wanted = prefixed("n");
		String changedFilms = "film_id IN (SELECT film_id FROM import_changed WHERE had_rows)";
		String currentRows = this.table + " WHERE " + changedFilms;
		String wantedRows = "import_wanted WHERE " + changedFilms;
		if (this.readByColumns) {
			// Each film's current and wanted rows, with their equal rows (the same text,
			// the nth of a kind with the nth) paired off: those stay as they are.
			statement.execute("""
					CREATE TEMP TABLE import_kinds ON COMMIT DROP AS
					SELECT id, film_id, row(%1$s)::text AS kind,
					    row_number() OVER (PARTITION BY film_id, row(%1$s)::text ORDER BY %2$s, id) AS nth, %1$s
					FROM %3$s""".formatted(this.columns, this.currentOrder, currentRows));
			statement.execute("""
					CREATE TEMP TABLE import_wanted_kinds ON COMMIT DROP AS
					SELECT film_id, row(%1$s)::text AS kind,
					    row_number() OVER (PARTITION BY film_id, row(%1$s)::text ORDER BY %2$s) AS nth, %1$s
					FROM %3$s""".formatted(this.columns, this.wantedOrder, wantedRows));
			statement.execute("ANALYZE import_kinds, import_wanted_kinds");
			currentRows = """
					import_kinds o WHERE NOT EXISTS (SELECT 1 FROM import_wanted_kinds n
					    WHERE n.film_id = o.film_id AND n.kind = o.kind AND n.nth = o.nth)""";
			wantedRows = """
					import_wanted_kinds n WHERE NOT EXISTS (SELECT 1 FROM import_kinds o
					    WHERE o.film_id = n.film_id AND o.kind = n.kind AND o.nth = n.nth)""";
		}
		statement.execute("""
				CREATE TEMP TABLE import_old ON COMMIT DROP AS
				SELECT id, film_id, row_number() OVER (PARTITION BY film_id ORDER BY %1$s, id) AS place, %2$s
				FROM %3$s""".formatted(this.currentOrder, this.columns, currentRows));
		statement.execute("""
				CREATE TEMP TABLE import_new ON COMMIT DROP AS
				SELECT film_id, row_number() OVER (PARTITION BY film_id ORDER BY %1$s) AS place, %2$s
				FROM %3$s""".formatted(this.wantedOrder, this.columns, wantedRows));
		if (this.readByColumns) {
			statement.execute("DROP TABLE import_kinds, import_wanted_kinds");
		}
		statement.execute("ANALYZE import_old, import_new");
		// The rows that differ are gathered first, so the planner knows how few they are
		// (joining the places inside the update, it expected every place to differ), and
		// the update reads them through the primary key, in the order of their ids (of
		// their pages, as rows are written), at the cost of a cached page: at the default
		// cost of a random read it scanned the whole table for a hundredth of it, where
		// the update reads each of those rows' pages anyway (a refresh at 1M titles:
		// 45,163 of 4.55M alternate titles updated in 3.3-5.5 s that way, in 1.3-1.8 s
		// by id; gathering the differing rows of all three child tables took 0.6-1.1 s).
		// Only this statement and the table's own trigger run with that cost.
		statement.execute("""
				CREATE TEMP TABLE import_differ ON COMMIT DROP AS
				SELECT o.id, %1$s FROM import_old o JOIN import_new n USING (film_id, place)
				WHERE (%2$s) IS DISTINCT FROM (%1$s) ORDER BY o.id""".formatted(wanted, current));
		statement.execute("ANALYZE import_differ");
		statement.execute("SET LOCAL random_page_cost = 1.1");
		long updated = statement.executeLargeUpdate("""
				UPDATE %1$s t SET (%2$s) = (%3$s), version = t.version + 1, updated_at = now()
				FROM import_differ d WHERE t.id = d.id""".formatted(this.table, this.columns, prefixed("d")));
		statement.execute("RESET random_page_cost");
		long deleted = statement.executeLargeUpdate("""
				DELETE FROM %s t USING import_old o
				WHERE t.id = o.id
				    AND NOT EXISTS (SELECT 1 FROM import_new n WHERE n.film_id = o.film_id AND n.place = o.place)"""
			.formatted(this.table));
		long inserted = statement.executeLargeUpdate("""
				INSERT INTO %1$s (film_id, %2$s) SELECT film_id, %2$s FROM import_new n
				WHERE NOT EXISTS (SELECT 1 FROM import_old o WHERE o.film_id = n.film_id AND o.place = n.place)
				ORDER BY film_id, place""".formatted(this.table, this.columns));
		return new long[] { updated, deleted, inserted };
	}

	/**
	 * The columns written with the rows inserted from the wanted rows as they are.
	 */
	private String insertedColumns() {
		return this.derivedColumns.isEmpty() ? this.columns : this.columns + ", " + this.derivedColumns;
	}

	private String prefixed(String alias) {
		return Arrays.stream(this.columns.split(",\\s*"))
			.map((column) -> alias + "." + column)
			.collect(Collectors.joining(", "));
	}

}
