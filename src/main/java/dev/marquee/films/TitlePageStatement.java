package dev.marquee.films;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ETags;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole title page as one SQL statement: the film's row (with the digest of what the
 * page shows of other resources, for its ETag) and the rows of every query of every
 * section ({@link TitlePageSection#rows()}), as one {@code UNION ALL} ordered by query
 * and by each query's own order. Each row keeps its query's column names, the others are
 * {@code NULL}, so each section maps its rows with its one mapping, by name. A section
 * not asked for is left out by a condition on a parameter, which PostgreSQL checks once
 * per statement before scanning anything: one statement text serves every
 * {@code include=}, and is prepared once per connection.
 * <p>
 * A section's {@linkplain TitlePageSection#common() common queries} follow the film's in
 * the statement's {@code WITH}, each materialized once for its rows and its shown
 * resources, and computed only when the page embeds the section.
 * <p>
 * One statement sees one snapshot: the page needs no transaction, and costs one round
 * trip however many sections and items it has.
 */
final class TitlePageStatement {

	/**
	 * The film the page is of, and the places of the sections asked for.
	 */
	private static final String PAGE = "WITH page AS (SELECT f.id, CAST(? AS int[]) AS wanted FROM film f WHERE ";

	static final String FILM = "(SELECT id FROM page)";

	private final List<Query> queries;

	private final String byImdbId;

	private final String byId;

	private final String validatorByImdbId;

	private final String validatorById;

	/**
	 * @param film the film's columns ({@code SELECT … FROM film f …}, without a
	 * {@code WHERE})
	 * @param shownOfFilm what the film itself shows of others (its series), as
	 * {@code kind, id, version} of {@code f} narrowed to the page's film
	 * @param sections every section of the title page
	 */
	TitlePageStatement(JdbcClient jdbc, String film, String shownOfFilm, List<TitlePageSection> sections) {
		this.queries = new ArrayList<>();
		for (TitlePageSection section : sections) {
			for (TitlePageSection.Rows<?> rows : section.rows()) {
				this.queries.add(new Query(this.queries.size() + 1, section, rows));
			}
		}
		StringBuilder common = new StringBuilder();
		for (TitlePageSection section : sections) {
			for (TitlePageSection.Common query : section.common()) {
				common.append(",\n")
					.append(query.name())
					.append(" AS MATERIALIZED (")
					.append(query.select()
						.apply("(SELECT id FROM page WHERE " + section.embedding().place() + " = ANY(wanted))"))
					.append(")");
			}
		}
		String described = "WITH page AS (SELECT CAST(NULL AS bigint) AS id, CAST(NULL AS int[]) AS wanted)" + common
				+ "\n";
		Map<String, String> types = new LinkedHashMap<>();
		List<Map<String, String>> columns = new ArrayList<>();
		columns.add(describe(jdbc, film, types));
		for (Query query : this.queries) {
			columns.add(describe(jdbc, described + query.rows().select(), types));
		}
		List<String> shown = new ArrayList<>();
		shown.add(shownOfFilm);
		for (TitlePageSection section : sections) {
			for (TitlePageSection.Shown query : section.shown()) {
				shown.add(query.select() + " WHERE " + query.film() + " = " + FILM + wanted(section));
			}
		}
		String digest = ETags.digestSql(String.join(" UNION ALL ", shown));
		StringBuilder union = new StringBuilder();
		union.append("SELECT 0 AS part, 0::bigint AS part_row, ")
			.append(padded(types, columns.get(0)))
			.append(", ")
			.append(digest)
			.append(" AS shown_digest FROM (")
			.append(film)
			.append(" WHERE f.id = ")
			.append(FILM)
			.append(") d");
		for (Query query : this.queries) {
			TitlePageSection.Rows<?> rows = query.rows();
			union.append("\nUNION ALL SELECT ")
				.append(query.part())
				.append(", d.part_row, ")
				.append(padded(types, columns.get(query.part())))
				.append(", NULL FROM (SELECT row_number() OVER (")
				.append(rows.order())
				.append(") AS part_row, ")
				.append(rows.select().substring("SELECT ".length()))
				.append(" WHERE ")
				.append(rows.film())
				.append(" = ")
				.append(FILM)
				.append(wanted(query.section()))
				.append(") d");
		}
		union.append("\nORDER BY 1, 2");
		this.byImdbId = PAGE + "f.imdb_id = ?)" + common + "\n" + union;
		this.byId = PAGE + "f.id = ?)" + common + "\n" + union;
		String validator = common + "\nSELECT f.version, " + digest + " AS shown_digest FROM film f WHERE f.id = "
				+ FILM;
		this.validatorByImdbId = PAGE + "f.imdb_id = ?)" + validator;
		this.validatorById = PAGE + "f.id = ?)" + validator;
	}

	/**
	 * Every query of the sections, numbered from 1 (0 is the film's row) in the order of
	 * the sections and of each section's queries.
	 */
	List<Query> queries() {
		return this.queries;
	}

	/**
	 * The page's statement, for a film by IMDb id or by id: its parameters are the places
	 * of the sections asked for, then the film's id.
	 */
	String page(boolean byImdbId) {
		return byImdbId ? this.byImdbId : this.byId;
	}

	/**
	 * The statement of the page's validator (the film's version and the digest of what
	 * the page shows), with the same parameters.
	 */
	String validator(boolean byImdbId) {
		return byImdbId ? this.validatorByImdbId : this.validatorById;
	}

	private static String wanted(TitlePageSection section) {
		return " AND (SELECT " + section.embedding().place() + " = ANY(wanted) FROM page)";
	}

	/**
	 * The columns a query answers, by name, with their types, also gathered in
	 * {@code types} (where a name keeps the first type seen: PostgreSQL unifies those of
	 * one name, text and varchar, integer and bigint, and refuses the statement at its
	 * first use if it cannot).
	 */
	private static Map<String, String> describe(JdbcClient jdbc, String select, Map<String, String> types) {
		Map<String, String> columns = jdbc.sql(select + " LIMIT 0")
			.query((ResultSetExtractor<Map<String, String>>) (rs) -> {
				ResultSetMetaData metadata = rs.getMetaData();
				Map<String, String> found = new LinkedHashMap<>();
				for (int i = 1; i <= metadata.getColumnCount(); i++) {
					found.put(metadata.getColumnLabel(i), type(metadata.getColumnTypeName(i)));
				}
				return found;
			});
		columns.forEach(types::putIfAbsent);
		return columns;
	}

	/**
	 * A type as the driver names it, as a type PostgreSQL knows: the driver names the
	 * integer key columns by their pseudo-types ({@code bigserial}).
	 */
	private static String type(String name) {
		return switch (name) {
			case "smallserial" -> "int2";
			case "serial" -> "int4";
			case "bigserial" -> "int8";
			default -> name;
		};
	}

	/**
	 * Every column of the page, those of this query from its row ({@code d}), the others
	 * {@code NULL} of their type.
	 */
	private static String padded(Map<String, String> types, Map<String, String> columns) {
		return types.entrySet()
			.stream()
			.map((column) -> columns.containsKey(column.getKey()) ? "d.\"" + column.getKey() + "\""
					: "CAST(NULL AS \"" + column.getValue() + "\") AS \"" + column.getKey() + "\"")
			.collect(Collectors.joining(", "));
	}

	/**
	 * A query of a section, numbered.
	 */
	record Query(int part, TitlePageSection section, TitlePageSection.Rows<?> rows) {

	}

}
