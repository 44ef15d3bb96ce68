package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.person.PersonColumns;
import dev.marquee.section.SectionRows;
import dev.marquee.support.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The projection of a section of credits, each read with its person
 * ({@link PersonColumns}), whose version is part of the credit's ETag.
 *
 * @param <V> the credit as answered
 */
abstract class CreditRows<V> extends SectionRows<V> {

	private final String table;

	/**
	 * @param table the table of the credits, which link to {@code person}
	 */
	CreditRows(JdbcClient jdbc, Embedding embedding, String table, String select, String order) {
		super(jdbc, embedding, select, order);
		this.table = table;
	}

	@Override
	public List<Shown> shown() {
		return List
			.of(Shown.byKey(ETags.Shown.PERSON, "person", "t.person_id", "FROM " + this.table + " t", "t.film_id"));
	}

	@Override
	protected List<ETags.Shown> shown(ResultSet rs) throws SQLException {
		return List.of(PersonColumns.shown(rs));
	}

}
