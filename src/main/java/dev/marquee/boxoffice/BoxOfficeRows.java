package dev.marquee.boxoffice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.marquee.section.SectionProjection;
import dev.marquee.section.TitlePageSection;
import dev.marquee.section.VersionedItem;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's box office figures as answered, in one statement: the one mapping of the
 * figures to {@link BoxOfficeView}.
 */
@Component
class BoxOfficeRows extends SectionProjection {

	private static final Embedding EMBEDDING = new Embedding(90, "box-office", TitlePageSection.Shape.ONE_OR_NULL,
			BoxOfficeView.class);

	private static final String SELECT = """
			SELECT b.id, b.version, b.budget_amount, b.budget_currency, b.budget_estimated, b.gross_domestic_amount,
			    b.gross_domestic_currency, b.opening_weekend_domestic_amount, b.opening_weekend_domestic_currency,
			    b.opening_weekend_date, b.gross_worldwide_amount, b.gross_worldwide_currency
			FROM box_office b""";

	BoxOfficeRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING);
	}

	@Override
	public List<Rows<?>> rows() {
		return List.of(new Rows<>(SELECT, "b.film_id", "ORDER BY b.id", (rs, row) -> view(rs)));
	}

	@Override
	public @Nullable Object assemble(List<List<?>> rows) {
		return rows.get(0).isEmpty() ? null : rows.get(0).get(0);
	}

	/**
	 * The film's figures with their version; empty when it has none.
	 */
	Optional<VersionedItem<BoxOfficeView>> versioned(long filmId) {
		return this.jdbc.sql(SELECT + " WHERE b.film_id = ?")
			.param(filmId)
			.query((rs, row) -> new VersionedItem<>(rs.getLong("id"), rs.getLong("version"), view(rs)))
			.optional();
	}

	private static BoxOfficeView view(ResultSet rs) throws SQLException {
		return new BoxOfficeView(rs.getLong("id"), money(rs, "budget"), rs.getBoolean("budget_estimated"),
				money(rs, "gross_domestic"), money(rs, "opening_weekend_domestic"),
				rs.getObject("opening_weekend_date", LocalDate.class), money(rs, "gross_worldwide"),
				rs.getLong("version"));
	}

	private static @Nullable Money money(ResultSet rs, String figure) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(figure + "_amount");
		return Money.of(amount, rs.getString(figure + "_currency"));
	}

}
