package dev.marquee.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's reviews as answered: most helpful first on the title page, in any
 * {@link ReviewSort} in pages. Every sort is descending with ties broken by ascending id,
 * so "after (k, id)" reads {@code k < ? OR (k = ? AND id > ?)}; spoilers=hide leaves
 * spoiler reviews out.
 */
@Component
class ReviewRows extends SectionRows<ReviewItem> {

	ReviewRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(80, "reviews", TitlePageSection.Shape.LIST, ReviewItem.class), """
				SELECT t.id, t.version, t.title, t.body, t.author, t.published_on, t.rating, t.spoiler, t.helpful_votes,
				    t.unhelpful_votes, t.featured
				FROM review t""", "ORDER BY t.helpful_votes DESC, t.id");
	}

	/**
	 * One page in the sort asked for; the cursor carries the sort and is refused under
	 * another.
	 */
	PageView<ReviewItem> page(long filmId, SectionQuery query) {
		ReviewSort sort = ReviewSort.parse(query.sort());
		Cursor cursor = Cursor.decode(query.after(), sort.code(), 2);
		String key = switch (sort) {
			case HELPFUL -> "t.helpful_votes";
			case DATE -> "t.published_on";
			case RATING -> "coalesce(t.rating, 0)";
		};
		String spoilers = "AND (? OR NOT t.spoiler) ";
		String order = "ORDER BY " + key + " DESC, t.id";
		boolean shown = query.spoilerFilter().shown();
		List<ReviewItem> rows = (cursor != null)
				? rows(filmId, spoilers + "AND (" + key + " < ? OR (" + key + " = ? AND t.id > ?))", order,
						query.size() + 1, (rs, row) -> view(rs), shown, keyOf(sort, cursor), keyOf(sort, cursor),
						cursor.longKey(1))
				: rows(filmId, spoilers, order, query.size() + 1, (rs, row) -> view(rs), shown);
		return PageView.of(rows, query.size(), (review) -> review, (review) -> Cursor.of(sort.code(), switch (sort) {
			case HELPFUL -> review.helpfulVotes();
			case DATE -> review.publishedOn();
			case RATING -> (review.rating() != null) ? review.rating() : 0;
		}, review.id()));
	}

	private static Object keyOf(ReviewSort sort, Cursor cursor) {
		return (sort == ReviewSort.DATE) ? cursor.dateKey(0) : cursor.intKey(0);
	}

	@Override
	protected ReviewItem view(ResultSet rs) throws SQLException {
		return new ReviewItem(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("author"),
				rs.getObject("published_on", LocalDate.class), rs.getObject("rating", Integer.class),
				rs.getBoolean("spoiler"), rs.getInt("helpful_votes"), rs.getInt("unhelpful_votes"),
				rs.getBoolean("featured"), rs.getLong("version"));
	}

}
