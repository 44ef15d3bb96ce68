package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.person.PersonColumns;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.jpa.EnumOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's crew as answered, read like {@link CastRows}. The crew's order is written here
 * once, in SQL, for the title page and the pages alike: by department in
 * {@link Department} declaration order, then credit position.
 */
@Component
class CrewRows extends CreditRows<CrewMember> {

	private static final Embedding EMBEDDING = new Embedding(20, "crew", TitlePageSection.Shape.LIST, CrewMember.class);

	private static final String DEPARTMENT_ORDER = EnumOrder.sql("t.department", Department.class);

	CrewRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING, "crew_credit", """
				SELECT t.id, t.version, t.department, t.job, t.position, t.credited_as, t.note,
				    %s AS department_order, %s
				FROM crew_credit t JOIN person p ON p.id = t.person_id""".formatted(DEPARTMENT_ORDER,
				PersonColumns.SELECT), "ORDER BY " + DEPARTMENT_ORDER + ", t.position, t.id");
	}

	/**
	 * Up to {@code limit} credits after the one at the given keys (department ordinal,
	 * position, id); (-1, 0, 0) is before the first.
	 */
	List<Placed> page(long filmId, int afterDepartment, int afterPosition, long afterId, int limit) {
		return rows(filmId, "AND (" + DEPARTMENT_ORDER + ", t.position, t.id) > (?, ?, ?)", limit,
				(rs, row) -> new Placed(view(rs), rs.getInt("department_order"), rs.getInt("position")),
				afterDepartment, afterPosition, afterId);
	}

	@Override
	protected CrewMember view(ResultSet rs) throws SQLException {
		return new CrewMember(rs.getLong("id"), PersonColumns.ref(rs), Department.fromCode(rs.getString("department")),
				rs.getString("job"), rs.getString("credited_as"), rs.getString("note"), rs.getLong("version"));
	}

	/**
	 * A credit with its place in the crew's order, which a page's cursor keeps.
	 */
	record Placed(CrewMember member, int department, int position) {
	}

}
