package dev.marquee.storyline;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's certifications as answered, in the order given.
 */
@Component
class CertificationRows extends SectionRows<CertificationItem> {

	/**
	 * The rating is selected as {@code certificate}: the title page reads every section
	 * in one statement, where a column name has one type, and {@code rating} is a
	 * review's number.
	 */
	CertificationRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(175, "certifications", TitlePageSection.Shape.LIST, CertificationItem.class),
				"SELECT t.id, t.version, t.country, t.rating AS certificate, t.release_type, t.note "
						+ "FROM certification t",
				"ORDER BY t.id");
	}

	PageView<CertificationItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "certifications", query, "");
	}

	@Override
	protected CertificationItem view(ResultSet rs) throws SQLException {
		String releaseType = rs.getString("release_type");
		return new CertificationItem(rs.getLong("id"), rs.getString("country"), rs.getString("certificate"),
				(releaseType != null) ? ReleaseType.fromCode(releaseType) : null, rs.getString("note"),
				rs.getLong("version"));
	}

}
