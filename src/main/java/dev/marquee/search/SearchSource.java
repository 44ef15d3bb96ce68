package dev.marquee.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.marquee.imports.ImportLock;
import dev.marquee.search.Searchable.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the search index reads from PostgreSQL, its one source of truth: the outbox of
 * changes since a snapshot, the films and people to index, and the whole catalogue for a
 * rebuild (see V200__search_outbox.sql for the outbox and its epoch).
 */
@Component
class SearchSource {

	private static final String FILM_COLUMNS = "f.id, f.imdb_id, f.title, f.original_title, f.type, f.release_year, "
			+ "f.rating_votes";

	/**
	 * A film's columns and its alternate titles ({@code other}), of {@code film f}.
	 */
	private static final String FILM_ROW = FILM_COLUMNS
			+ ", ARRAY(SELECT a.title FROM alternate_title a WHERE a.film_id = f.id ORDER BY a.id) AS other";

	/**
	 * A person's columns and credit count, of {@code person p}.
	 */
	private static final String PERSON_ROW = "p.id, p.imdb_id, p.name, "
			+ "(SELECT count(*) FROM cast_credit c WHERE c.person_id = p.id) "
			+ "+ (SELECT count(*) FROM crew_credit w WHERE w.person_id = p.id) AS credits";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	SearchSource(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Where the catalogue stands now, against an index at {@code since}: the current
	 * snapshot and epoch, whether outbox rows that index may need were pruned, and the
	 * films and people changed by transactions that {@code since} does not see (at most
	 * {@code limit} + 1 of them, so a caller can tell "too many"). One statement, so the
	 * changes are exactly those up to the snapshot it answers.
	 */
	Head head(@Nullable String since, int limit) {
		if (since == null) {
			return this.jdbc
				.sql("SELECT pg_current_snapshot()::text AS snapshot, epoch::text AS epoch FROM search_state")
				.query((rs, row) -> new Head(rs.getString("snapshot"), rs.getString("epoch"), false, false, Set.of()))
				.single();
		}
		List<Object[]> rows = this.jdbc.sql("""
				SELECT h.snapshot, h.epoch, h.pruned, h.importing, o.kind, o.id
				FROM (SELECT pg_current_snapshot()::text AS snapshot, s.epoch::text AS epoch,
				             s.pruned_through >= pg_snapshot_xmin(CAST(:since AS pg_snapshot)) AS pruned,
				             EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.objsubid = 1
				                     AND ((l.classid::bigint << 32) | l.objid::bigint) = :importLock) AS importing
				      FROM search_state s) h
				LEFT JOIN LATERAL (
				    SELECT DISTINCT o.kind, o.id FROM search_outbox o
				    WHERE o.tx_id >= pg_snapshot_xmin(CAST(:since AS pg_snapshot))
				      AND NOT pg_visible_in_snapshot(o.tx_id, CAST(:since AS pg_snapshot))
				    LIMIT :limit
				) o ON true
				""")
			.param("since", since)
			.param("limit", limit + 1)
			.param("importLock", ImportLock.KEY)
			.query((rs,
					row) -> new Object[] { rs.getString("snapshot"), rs.getString("epoch"), rs.getBoolean("pruned"),
							rs.getBoolean("importing"), rs.getString("kind"), rs.getLong("id") })
			.list();
		Set<Change> changes = new LinkedHashSet<>();
		for (Object[] row : rows) {
			if (row[4] != null) {
				changes.add(new Change(Kind.of((String) row[4]), (Long) row[5]));
			}
		}
		Object[] first = rows.get(0);
		return new Head((String) first[0], (String) first[1], (Boolean) first[2], (Boolean) first[3], changes);
	}

	/**
	 * The films and people named, as they are now; one that no longer exists is absent.
	 */
	List<Searchable> read(Set<Change> changes) {
		long[] films = changes.stream().filter((c) -> c.kind() == Kind.FILM).mapToLong(Change::id).toArray();
		long[] people = changes.stream().filter((c) -> c.kind() == Kind.PERSON).mapToLong(Change::id).toArray();
		List<Searchable> found = new ArrayList<>();
		if (films.length > 0) {
			found.addAll(this.jdbc.sql("SELECT " + FILM_ROW + " FROM film f WHERE f.id = ANY(:ids)")
				.param("ids", films)
				.query((rs, row) -> film(rs, stringList(rs.getArray("other"))))
				.list());
		}
		if (people.length > 0) {
			found.addAll(this.jdbc.sql("SELECT " + PERSON_ROW + " FROM person p WHERE p.id = ANY(:ids)")
				.param("ids", people)
				.query((rs, row) -> person(rs))
				.list());
		}
		return found;
	}

	/**
	 * Deletes outbox rows older than {@code retention}, remembering the newest
	 * transaction id deleted so that an index that could still need one of them rebuilds
	 * instead.
	 */
	int prune(Duration retention) {
		return this.jdbc.sql("""
				WITH gone AS (DELETE FROM search_outbox WHERE recorded_at < now() - CAST(:retention AS interval)
				              RETURNING tx_id)
				UPDATE search_state SET pruned_through = greatest(pruned_through, (SELECT max(tx_id) FROM gone))
				WHERE EXISTS (SELECT 1 FROM gone)""").param("retention", retention.toSeconds() + " seconds").update();
	}

	/**
	 * Reads every film and person in one repeatable-read snapshot, handing each to
	 * {@code sink}, and answers that snapshot (the people's credit counts alone scan
	 * every credit).
	 */
	Head readAll(Sink sink) throws SQLException {
		return inSnapshot((connection) -> {
			Head head;
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET LOCAL work_mem = '64MB'");
				try (ResultSet rs = statement
					.executeQuery("SELECT pg_current_snapshot()::text, epoch::text FROM search_state")) {
					rs.next();
					head = new Head(rs.getString(1), rs.getString(2), false, false, Set.of());
				}
			}
			readFilms(connection, sink);
			readPeople(connection, sink);
			return head;
		});
	}

	/**
	 * The films and people changed by transactions that {@code since} does not see, as
	 * they are in one repeatable-read snapshot, streamed: each one still there to
	 * {@code changed}, each one gone to {@code gone}. Answers that snapshot and its
	 * epoch; when the epoch is no longer the index's or outbox rows that {@code since}
	 * needs were pruned, answers so ({@link Head#pruned()}, or another epoch than
	 * {@code epoch}) without reading any change, as only a rebuild then brings the index
	 * up to date. For change sets too large to hold (a refresh of millions of titles).
	 */
	Head readChanged(String since, String epoch, Sink changed, Consumer<Change> gone) throws SQLException {
		return inSnapshot((connection) -> {
			Head head;
			try (PreparedStatement statement = connection.prepareStatement("""
					SELECT pg_current_snapshot()::text, s.epoch::text,
					    s.pruned_through >= pg_snapshot_xmin(CAST(? AS pg_snapshot))
					FROM search_state s""")) {
				statement.setString(1, since);
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					head = new Head(rs.getString(1), rs.getString(2), rs.getBoolean(3), false, Set.of());
				}
			}
			if (head.pruned() || !head.epoch().equals(epoch)) {
				return head;
			}
			String ids = """
					SELECT DISTINCT o.id FROM search_outbox o
					WHERE o.kind = '%s' AND o.tx_id >= pg_snapshot_xmin(CAST(? AS pg_snapshot))
					    AND NOT pg_visible_in_snapshot(o.tx_id, CAST(? AS pg_snapshot))""";
			readChanged(connection, since,
					"SELECT c.id AS changed, " + FILM_ROW
							+ " FROM (%s) c LEFT JOIN film f ON f.id = c.id".formatted(ids.formatted(Kind.FILM.code)),
					(rs) -> film(rs, stringList(rs.getArray("other"))), Kind.FILM, changed, gone);
			readChanged(connection, since,
					"SELECT c.id AS changed, " + PERSON_ROW
							+ " FROM (%s) c LEFT JOIN person p ON p.id = c.id"
								.formatted(ids.formatted(Kind.PERSON.code)),
					SearchSource::person, Kind.PERSON, changed, gone);
			return head;
		});
	}

	/**
	 * Runs {@code work} in one read-only repeatable-read transaction, without the socket
	 * timeout that bounds API requests or a statement timeout: reading the whole
	 * catalogue, or a refresh's changes, takes minutes at IMDb's size.
	 */
	private Head inSnapshot(SnapshotWork work) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setNetworkTimeout(Runnable::run, 0);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET LOCAL statement_timeout = 0");
				}
				Head head = work.read(connection);
				connection.commit();
				return head;
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
				connection.setReadOnly(false);
				connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			}
		}
	}

	@FunctionalInterface
	private interface SnapshotWork {

		Head read(Connection connection) throws SQLException;

	}

	private static void readChanged(Connection connection, String since, String sql, RowReader reader, Kind kind,
			Sink changed, Consumer<Change> gone) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setFetchSize(2_000);
			statement.setString(1, since);
			statement.setString(2, since);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getLong("id");
					if (rs.wasNull()) {
						gone.accept(new Change(kind, rs.getLong("changed")));
					}
					else {
						changed.accept(reader.read(rs));
					}
				}
			}
		}
	}

	@FunctionalInterface
	private interface RowReader {

		Searchable read(ResultSet rs) throws SQLException;

	}

	/**
	 * Films with their alternate titles, one row per alternate title, in film order.
	 */
	private static void readFilms(Connection connection, Sink sink) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT " + FILM_COLUMNS
				+ ", a.title AS other FROM film f LEFT JOIN alternate_title a ON a.film_id = f.id ORDER BY f.id, a.id")) {
			statement.setFetchSize(2_000);
			try (ResultSet rs = statement.executeQuery()) {
				long current = -1;
				ResultRow pending = null;
				List<String> others = new ArrayList<>();
				while (rs.next()) {
					long id = rs.getLong("id");
					if (id != current) {
						if (pending != null) {
							sink.accept(pending.film(others));
						}
						current = id;
						pending = ResultRow.of(rs);
						others = new ArrayList<>();
					}
					String other = rs.getString("other");
					if (other != null) {
						others.add(other);
					}
				}
				if (pending != null) {
					sink.accept(pending.film(others));
				}
			}
		}
	}

	private static void readPeople(Connection connection, Sink sink) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT p.id, p.imdb_id, p.name, coalesce(c.credits, 0) AS credits
				FROM person p
				LEFT JOIN (SELECT person_id, count(*) AS credits
				           FROM (SELECT person_id FROM cast_credit UNION ALL SELECT person_id FROM crew_credit) u
				           GROUP BY person_id) c ON c.person_id = p.id""")) {
			statement.setFetchSize(2_000);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					sink.accept(person(rs));
				}
			}
		}
	}

	private static Searchable film(ResultSet rs, List<String> alternateTitles) throws SQLException {
		return ResultRow.of(rs).film(alternateTitles);
	}

	private static Searchable person(ResultSet rs) throws SQLException {
		return new Searchable(Kind.PERSON, rs.getLong("id"), rs.getString("imdb_id"), rs.getString("name"), List.of(),
				null, null, rs.getLong("credits"));
	}

	private static List<String> stringList(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	/**
	 * A film row's own columns, before its alternate titles are known.
	 */
	private record ResultRow(long id, String imdbId, String title, @Nullable String originalTitle, String type,
			@Nullable Integer year, long votes) {

		static ResultRow of(ResultSet rs) throws SQLException {
			return new ResultRow(rs.getLong("id"), rs.getString("imdb_id"), rs.getString("title"),
					rs.getString("original_title"), rs.getString("type"), rs.getObject("release_year", Integer.class),
					rs.getLong("rating_votes"));
		}

		Searchable film(List<String> alternateTitles) {
			List<String> others = new ArrayList<>();
			if (this.originalTitle != null) {
				others.add(this.originalTitle);
			}
			others.addAll(alternateTitles);
			return new Searchable(Kind.FILM, this.id, this.imdbId, this.title, List.copyOf(new LinkedHashSet<>(others)),
					this.type, this.year, this.votes);
		}

	}

	/**
	 * A film or person that a transaction changed.
	 */
	record Change(Kind kind, long id) {

	}

	/**
	 * The catalogue as of a snapshot; {@code importing} when an import holds its lock.
	 */
	record Head(String snapshot, String epoch, boolean pruned, boolean importing, Set<Change> changes) {

	}

	@FunctionalInterface
	interface Sink {

		void accept(Searchable searchable) throws SQLException;

	}

}
