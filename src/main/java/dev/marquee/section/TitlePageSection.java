package dev.marquee.section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;

/**
 * A section of a film's title page as {@code include=} embeds it, offered by the
 * section's projection (a bean): where it stands, what it is called and its shape in the
 * film's schema ({@link Embedding}), the queries of one film's rows it is read from
 * ({@link Rows}), how it is put together from them, and the other resources it shows. The
 * title page reads every section it embeds in one statement, from these queries; it and
 * its documentation find every section in {@link SectionRegistry#titlePage()}.
 */
public interface TitlePageSection {

	Embedding embedding();

	/**
	 * The queries the section is read from, each of one film's rows in a fixed order:
	 * however many items the film has, the section costs no more statements.
	 */
	List<Rows<?>> rows();

	/**
	 * The film's section as the title page shows it, from the rows of each of
	 * {@link #rows()} in the same order; {@code null} only for a
	 * {@link Shape#ONE_OR_NULL} section the film has not.
	 */
	@Nullable Object assemble(List<List<?>> rows);

	/**
	 * The other resources the section shows something of, each as a query of
	 * {@code kind, id, version} (the {@code ETags.Shown} of each): the title page's ETag
	 * combines their versions. None unless the section links to other resources.
	 */
	default List<Shown> shown() {
		return List.of();
	}

	/**
	 * Queries that {@link #rows()} and {@link #shown()} read from by name rather than
	 * from tables, each computed once for the page however often it is read (a
	 * materialized common table expression): a section whose rows cost more than an index
	 * scan computes them once for its items and its ETag. None unless the section needs
	 * one.
	 */
	default List<Common> common() {
		return List.of();
	}

	/**
	 * A query of one film's rows of a section: the reader adds {@code WHERE <film> = …}
	 * for the film and the order.
	 *
	 * @param select {@code SELECT … FROM …}, without a {@code WHERE}
	 * @param film the column holding the film's id ({@code t.film_id})
	 * @param order the rows' order, {@code ORDER BY …} ending in a unique key
	 * @param row the mapping of a row
	 * @param <R> a row as read
	 */
	record Rows<R>(String select, String film, String order, RowMapper<R> row) {

		public Rows {
			if (!select.startsWith("SELECT ")) {
				throw new IllegalArgumentException("A section's rows are a SELECT: " + select);
			}
		}

	}

	/**
	 * A query of the resources a film's section shows, as {@link Rows}: its
	 * {@code select} gives {@code kind, id, version}.
	 *
	 * @param select {@code SELECT 'person' AS kind, p.id, p.version FROM …}, without a
	 * {@code WHERE}
	 * @param film the column holding the film's id
	 */
	record Shown(String select, String film) {

		/**
		 * The {@code kind} resources in {@code table} that the rows of {@code from} refer
		 * to by {@code key}, each version read by its key. Joined to {@code table}
		 * instead, PostgreSQL can plan a merge join that walks the referenced table's
		 * whole index when the section's table has no rows for the film and tiny
		 * statistics (an import brings no soundtracks: 2 s a title page at 3 million
		 * people). A {@code key} that is {@code NULL} (a credit not linked to a person)
		 * adds nothing to the digest, as a join would drop it.
		 * @param kind the kind of resource ({@code ETags.Shown.PERSON}, …)
		 * @param table the table of those resources, with {@code id} and {@code version}
		 * @param key the column referring to them ({@code t.person_id})
		 * @param from the section's {@code FROM …}, without a {@code WHERE}
		 * @param film the column holding the film's id
		 */
		public static Shown byKey(String kind, String table, String key, String from, String film) {
			return new Shown("SELECT '" + kind + "' AS kind, " + key + " AS id, (SELECT referenced.version FROM "
					+ table + " referenced WHERE referenced.id = " + key + ") AS version " + from, film);
		}

	}

	/**
	 * A query the section's rows and shown resources read from by its name.
	 *
	 * @param name its name, which no table and no other section's query has
	 * @param select the query ({@code SELECT …} or {@code WITH …}), given the SQL
	 * expression of the film's id, which is {@code NULL} when the page does not embed the
	 * section
	 */
	record Common(String name, UnaryOperator<String> select) {

	}

	/**
	 * How a section appears on the title page.
	 *
	 * @param place its place among the sections, in the answer and in every list of them
	 * (ascending)
	 * @param name its name in {@code include=}, also its path below the film
	 * ({@code crazy-credits})
	 * @param shape what the film's property holds
	 * @param view the record answered (one item of a list)
	 */
	record Embedding(int place, String name, Shape shape, Class<?> view) {

		/**
		 * The film's JSON property: the name in camel case ({@code crazyCredits}).
		 */
		public String property() {
			List<String> words = new ArrayList<>(List.of(this.name.split("-")));
			StringBuilder property = new StringBuilder(words.remove(0));
			words.forEach((word) -> property.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
			return property.toString();
		}

	}

	/**
	 * What a section's property holds.
	 */
	enum Shape {

		/**
		 * A list of items, {@code []} when the film has none.
		 */
		LIST,

		/**
		 * One object, always present.
		 */
		ONE,

		/**
		 * One object, {@code null} when the film has none.
		 */
		ONE_OR_NULL

	}

}
