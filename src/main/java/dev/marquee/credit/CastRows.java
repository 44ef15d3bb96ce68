package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.person.PersonColumns;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.db.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's cast as answered, in billing order, each credit read with its person in the
 * same statement. A title page's hundred credits hydrated as entities were most of its
 * CPU time (docs/benchmarks.md).
 */
@Component
class CastRows extends CreditRows<CastMember> {

	private static final Embedding EMBEDDING = new Embedding(10, "cast", TitlePageSection.Shape.LIST, CastMember.class);

	CastRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING, "cast_credit", """
				SELECT t.id, t.version, t.characters, t.billing_order, t.credited_as, t.note, %s
				FROM cast_credit t JOIN person p ON p.id = t.person_id""".formatted(PersonColumns.SELECT),
				"ORDER BY t.billing_order, t.id");
	}

	/**
	 * Up to {@code limit} credits after the one at (afterOrder, afterId); (0, 0) is
	 * before the first.
	 */
	List<CastMember> page(long filmId, int afterOrder, long afterId, int limit) {
		return rows(filmId, "AND (t.billing_order, t.id) > (?, ?)", limit, (rs, row) -> view(rs), afterOrder, afterId);
	}

	@Override
	protected CastMember view(ResultSet rs) throws SQLException {
		return new CastMember(rs.getLong("id"), PersonColumns.ref(rs), SqlArrays.strings(rs.getArray("characters")),
				rs.getInt("billing_order"), rs.getString("credited_as"), rs.getString("note"), rs.getLong("version"));
	}

}
