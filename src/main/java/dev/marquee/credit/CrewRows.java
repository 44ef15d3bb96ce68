package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.marquee.section.VersionedItem;
import dev.marquee.support.jpa.EnumOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A film's crew as answered: the one mapping of a credit to {@link CrewMember}, read like
 * {@link CastRows}. The crew's order is written here once, in SQL, for the title page and
 * the pages alike: by department in {@link Department} declaration order, then credit
 * position.
 */
@Repository
class CrewRows {

	private static final String DEPARTMENT_ORDER = EnumOrder.sql("c.department", Department.class);

	private static final String SELECT = """
			SELECT c.id, c.version, c.department, c.job, c.position, c.credited_as, c.note,
			    %s AS department_order,
			    p.id AS person_id, p.imdb_id AS person_imdb_id, p.name AS person_name, p.version AS person_version
			FROM crew_credit c JOIN person p ON p.id = c.person_id
			""".formatted(DEPARTMENT_ORDER);

	private static final String ORDER = " ORDER BY " + DEPARTMENT_ORDER + ", c.position, c.id";

	private final JdbcClient jdbc;

	CrewRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CrewMember> forFilm(long filmId) {
		return this.jdbc.sql(SELECT + "WHERE c.film_id = ?" + ORDER).param(filmId).query(CrewRows::member).list();
	}

	/**
	 * Up to {@code limit} credits after the one at the given keys (department ordinal,
	 * position, id); (-1, 0, 0) is before the first.
	 */
	List<Placed> page(long filmId, int afterDepartment, int afterPosition, long afterId, int limit) {
		return this.jdbc
			.sql(SELECT + "WHERE c.film_id = ? AND (" + DEPARTMENT_ORDER + ", c.position, c.id) > (?, ?, ?)" + ORDER
					+ " LIMIT ?")
			.params(filmId, afterDepartment, afterPosition, afterId, limit)
			.query((rs, row) -> new Placed(member(rs, row), rs.getInt("department_order"), rs.getInt("position")))
			.list();
	}

	/**
	 * The credit with its version and its person's, for its ETag.
	 */
	Optional<VersionedItem<CrewMember>> item(long filmId, long itemId) {
		return this.jdbc.sql(SELECT + "WHERE c.film_id = ? AND c.id = ?")
			.params(filmId, itemId)
			.query((rs, row) -> new VersionedItem<>(rs.getLong("id"), rs.getLong("version"), member(rs, row),
					List.of(PersonColumns.shown(rs))))
			.optional();
	}

	private static CrewMember member(ResultSet rs, int row) throws SQLException {
		return new CrewMember(rs.getLong("id"), PersonColumns.ref(rs), Department.fromCode(rs.getString("department")),
				rs.getString("job"), rs.getString("credited_as"), rs.getString("note"));
	}

	/**
	 * A credit with its place in the crew's order, which a page's cursor keeps.
	 */
	record Placed(CrewMember member, int department, int position) {
	}

}
