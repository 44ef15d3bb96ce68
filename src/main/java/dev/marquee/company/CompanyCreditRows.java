package dev.marquee.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.jpa.EnumOrder;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.ETags;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's company credits as answered, each with its company in the same statement. The
 * order is written here once, for the title page and the pages alike: by role in
 * {@link CompanyRole} declaration order, then credit position.
 */
@Component
class CompanyCreditRows extends SectionRows<CompanyCreditItem> {

	private static final String ROLE_ORDER = EnumOrder.sql("t.role", CompanyRole.class);

	CompanyCreditRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(140, "companies", TitlePageSection.Shape.LIST, CompanyCreditItem.class), """
				SELECT t.id, t.version, t.role, t.position, t.note, %s AS role_order,
				    c.id AS company_id, c.imdb_id AS company_imdb_id, c.name AS company_name,
				    c.country AS company_country, c.version AS company_version
				FROM company_credit t JOIN company c ON c.id = t.company_id""".formatted(ROLE_ORDER),
				"ORDER BY " + ROLE_ORDER + ", t.position, t.id");
	}

	PageView<CompanyCreditItem> page(long filmId, SectionQuery query) {
		Cursor cursor = Cursor.decode(query.after(), "companies", 3);
		List<Placed> rows = rows(filmId, "AND (" + ROLE_ORDER + ", t.position, t.id) > (?, ?, ?)", query.size() + 1,
				(rs, row) -> new Placed(view(rs), rs.getInt("role_order"), rs.getInt("position")),
				(cursor != null) ? cursor.intKey(0) : -1, (cursor != null) ? cursor.intKey(1) : 0,
				(cursor != null) ? cursor.longKey(2) : 0L);
		return PageView.of(rows, query.size(), Placed::credit,
				(row) -> Cursor.of("companies", row.role(), row.position(), row.credit().id()));
	}

	@Override
	protected CompanyCreditItem view(ResultSet rs) throws SQLException {
		return new CompanyCreditItem(rs.getLong("id"), CompanyDirectory.ref(rs, "company_"),
				CompanyRole.fromCode(rs.getString("role")), rs.getString("note"), rs.getLong("version"));
	}

	@Override
	public List<Shown> shown() {
		return List
			.of(Shown.byKey(ETags.Shown.COMPANY, "company", "t.company_id", "FROM company_credit t", "t.film_id"));
	}

	@Override
	protected List<ETags.Shown> shown(ResultSet rs) throws SQLException {
		return List.of(new ETags.Shown(ETags.Shown.COMPANY, rs.getLong("company_id"), rs.getLong("company_version")));
	}

	private record Placed(CompanyCreditItem credit, int role, int position) {
	}

}
