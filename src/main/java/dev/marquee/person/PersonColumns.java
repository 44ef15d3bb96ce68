package dev.marquee.person;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.marquee.support.web.ETags;
import org.jspecify.annotations.Nullable;

/**
 * A person as the projections of the sections that credit people select it, joined as
 * {@code p} ({@code person_id}, {@code person_imdb_id}, {@code person_name},
 * {@code person_version}): the one mapping of a credited person to {@link PersonRef}.
 */
public final class PersonColumns {

	public static final String SELECT = "p.id AS person_id, p.imdb_id AS person_imdb_id, p.name AS person_name, "
			+ "p.version AS person_version";

	private PersonColumns() {
	}

	public static PersonRef ref(ResultSet rs) throws SQLException {
		return new PersonRef(rs.getLong("person_id"), rs.getString("person_imdb_id"), rs.getString("person_name"));
	}

	/**
	 * The person, or {@code null} for a row that names none (a left join).
	 */
	public static @Nullable PersonRef refOrNull(ResultSet rs) throws SQLException {
		long id = rs.getLong("person_id");
		return rs.wasNull() ? null : new PersonRef(id, rs.getString("person_imdb_id"), rs.getString("person_name"));
	}

	/**
	 * The person at its version, for a credit's ETag.
	 */
	public static ETags.Shown shown(ResultSet rs) throws SQLException {
		return new ETags.Shown(ETags.Shown.PERSON, rs.getLong("person_id"), rs.getLong("person_version"));
	}

}
