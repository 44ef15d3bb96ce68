package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.marquee.section.VersionedItem;
import dev.marquee.support.db.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A film's cast as answered, in billing order: the one mapping of a credit to
 * {@link CastMember}, for the title page, the pages of {@code /films/{id}/cast} and each
 * credit, read with plain JDBC (in the caller's transaction) with its person in one
 * statement. A title page's hundred credits hydrated as entities were most of its CPU
 * time (docs/benchmarks.md).
 */
@Repository
class CastRows {

	private static final String SELECT = """
			SELECT c.id, c.version, c.characters, c.billing_order, c.credited_as, c.note,
			    p.id AS person_id, p.imdb_id AS person_imdb_id, p.name AS person_name, p.version AS person_version
			FROM cast_credit c JOIN person p ON p.id = c.person_id
			""";

	private static final String ORDER = " ORDER BY c.billing_order, c.id";

	private final JdbcClient jdbc;

	CastRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CastMember> forFilm(long filmId) {
		return this.jdbc.sql(SELECT + "WHERE c.film_id = ?" + ORDER).param(filmId).query(CastRows::member).list();
	}

	/**
	 * Up to {@code limit} credits after the one at (afterOrder, afterId); (0, 0) is
	 * before the first.
	 */
	List<CastMember> page(long filmId, int afterOrder, long afterId, int limit) {
		return this.jdbc.sql(SELECT + "WHERE c.film_id = ? AND (c.billing_order, c.id) > (?, ?)" + ORDER + " LIMIT ?")
			.params(filmId, afterOrder, afterId, limit)
			.query(CastRows::member)
			.list();
	}

	/**
	 * The credit with its version and its person's, for its ETag.
	 */
	Optional<VersionedItem<CastMember>> item(long filmId, long itemId) {
		return this.jdbc.sql(SELECT + "WHERE c.film_id = ? AND c.id = ?")
			.params(filmId, itemId)
			.query((rs, row) -> new VersionedItem<>(rs.getLong("id"), rs.getLong("version"), member(rs, row),
					List.of(PersonColumns.shown(rs))))
			.optional();
	}

	private static CastMember member(ResultSet rs, int row) throws SQLException {
		return new CastMember(rs.getLong("id"), PersonColumns.ref(rs), SqlArrays.strings(rs.getArray("characters")),
				rs.getInt("billing_order"), rs.getString("credited_as"), rs.getString("note"));
	}

}
