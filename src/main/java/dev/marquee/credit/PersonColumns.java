package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.marquee.person.PersonRef;
import dev.marquee.support.web.ETags;

/**
 * A credit's person as the cast and crew projections select it ({@code person_id},
 * {@code person_imdb_id}, {@code person_name}, {@code person_version}).
 */
final class PersonColumns {

	private PersonColumns() {
	}

	static PersonRef ref(ResultSet rs) throws SQLException {
		return new PersonRef(rs.getLong("person_id"), rs.getString("person_imdb_id"), rs.getString("person_name"));
	}

	/**
	 * The person at its version, for a credit's ETag.
	 */
	static ETags.Shown shown(ResultSet rs) throws SQLException {
		return new ETags.Shown(ETags.Shown.PERSON, rs.getLong("person_id"), rs.getLong("person_version"));
	}

}
