package dev.marquee.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.ETags;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The projection of a section whose items are rows of one table: the one mapping of an
 * item to its view ({@link #view}), read for the title page ({@link #rows()}), for the
 * pages of the section's resource and for each item (with its version, the answer of
 * every write of it), with plain JDBC in the caller's transaction. Its SQL selects from
 * the item table as {@code t} ({@code t.id}, {@code t.version}, {@code t.film_id}) and
 * whatever the view needs.
 *
 * @param <V> the item as answered
 */
public abstract class SectionRows<V> extends SectionProjection implements ItemProjection<V> {

	private final String select;

	private final String order;

	/**
	 * @param select {@code SELECT … FROM <table> t …}, without a {@code WHERE}
	 * @param order the list's order, {@code ORDER BY …}
	 */
	protected SectionRows(JdbcClient jdbc, Embedding embedding, String select, String order) {
		super(jdbc, embedding);
		this.select = select;
		this.order = order;
	}

	/**
	 * The item the result set is at, as answered.
	 */
	protected abstract V view(ResultSet rs) throws SQLException;

	/**
	 * The other resources (people, companies, films) the item shows something of, at
	 * their versions, for its ETag; none unless the item links to any.
	 */
	protected List<ETags.Shown> shown(ResultSet rs) throws SQLException {
		return List.of();
	}

	/**
	 * Every item of the film, in the list's order.
	 */
	@Override
	public List<Rows<?>> rows() {
		return List.of(new Rows<>(this.select, "t.film_id", this.order, (rs, row) -> view(rs)));
	}

	@Override
	public List<?> assemble(List<List<?>> rows) {
		return rows.get(0);
	}

	/**
	 * The film's item with this id, with its version: one statement.
	 */
	@Override
	public Optional<VersionedItem<V>> item(long filmId, long itemId) {
		return this.jdbc.sql(this.select + " WHERE t.film_id = ? AND t.id = ?")
			.params(filmId, itemId)
			.query((rs, row) -> new VersionedItem<>(rs.getLong("id"), rs.getLong("version"), view(rs), shown(rs)))
			.optional();
	}

	/**
	 * Up to {@code limit} items of the film in the list's order, narrowed by {@code and}
	 * ({@code AND …}, its parameters after the film's id): one statement.
	 */
	protected <R> List<R> rows(long filmId, String and, int limit, RowMapper<R> mapper, Object... params) {
		return rows(filmId, and, this.order, limit, mapper, params);
	}

	/**
	 * The same in another order ({@code ORDER BY …}), for a list sorted as asked.
	 */
	protected <R> List<R> rows(long filmId, String and, String order, int limit, RowMapper<R> mapper,
			Object... params) {
		List<Object> all = new ArrayList<>();
		all.add(filmId);
		all.addAll(Arrays.asList(params));
		all.add(limit);
		return this.jdbc.sql(this.select + " WHERE t.film_id = ? " + and + " " + order + " LIMIT ?")
			.params(all)
			.query(mapper)
			.list();
	}

	/**
	 * A page of a list kept in id order ({@code ORDER BY t.id}): reads the cursor made
	 * for {@code sort}, asks for the items after that id narrowed by {@code and}, and
	 * makes the next cursor from the last item's id.
	 */
	protected PageView<V> pageById(long filmId, String sort, SectionQuery query, String and, Object... params) {
		Cursor cursor = Cursor.decode(query.after(), sort, 1);
		List<Object> all = new ArrayList<>();
		all.add((cursor != null) ? cursor.longKey(0) : 0L);
		all.addAll(Arrays.asList(params));
		List<Keyed<V>> rows = rows(filmId, "AND t.id > ? " + and, query.size() + 1,
				(rs, row) -> new Keyed<>(rs.getLong("id"), view(rs)), all.toArray());
		return PageView.of(rows, query.size(), Keyed::view, (row) -> Cursor.of(sort, row.id()));
	}

	private record Keyed<V>(long id, V view) {
	}

}
