package dev.marquee.films;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ETags;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole title page as one SQL statement: the film's row (with the digest of what the
 * page shows of other resources, for its ETag, and the {@linkplain #SNAPSHOT snapshot}
 * read) and the rows of every query of every section ({@link TitlePageSection#rows()}),
 * as one {@code UNION ALL} ordered by query and by each query's own order. Each row keeps
 * its query's column names, the others are {@code NULL}, so each section maps its rows
 * with its one mapping, by name. Each set of sections asked for has a statement of its
 * own, made once and prepared once per connection, up to a bound
 * ({@link #statements(List)}); beyond it, the statement of every section serves, a
 * section not asked for left out by a condition on a parameter, which PostgreSQL checks
 * once per statement before scanning anything.
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

	/**
	 * Which transactions the statement sees as committed, as text, on a primary: two
	 * equal texts see the same data, as any commit changes either the snapshot's upper
	 * bound or its list of running transactions. {@code NULL} on a standby, whose
	 * snapshot lists no running transaction ({@code pg_current_snapshot()} gives only
	 * top-level transactions, which a standby keeps with the subtransactions), so that
	 * two of its texts may be equal across a commit replayed between them.
	 */
	static final String SNAPSHOT = "CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_snapshot()::text END";

	private final List<TitlePageSection> sections;

	private final List<Query> queries;

	private final String film;

	private final String shownOfFilm;

	private final Map<String, String> types;

	private final List<Map<String, String>> columns;

	private final Texts whole;

	private final Map<List<Integer>, Texts> bySections = new ConcurrentHashMap<>();

	private final AtomicLong budget;

	private volatile boolean full;

	/**
	 * @param film the film's columns ({@code SELECT … FROM film f …}, without a
	 * {@code WHERE})
	 * @param shownOfFilm what the film itself shows of others (its series), as
	 * {@code kind, id, version} of {@code f} narrowed to the page's film
	 * @param sections every section of the title page
	 */
	TitlePageStatement(JdbcClient jdbc, String film, String shownOfFilm, List<TitlePageSection> sections) {
		this.sections = List.copyOf(sections);
		this.film = film;
		this.shownOfFilm = shownOfFilm;
		this.queries = new ArrayList<>();
		for (TitlePageSection section : sections) {
			for (TitlePageSection.Rows<?> rows : section.rows()) {
				this.queries.add(new Query(this.queries.size() + 1, section, rows));
			}
		}
		String described = "WITH page AS (SELECT CAST(NULL AS bigint) AS id, CAST(NULL AS int[]) AS wanted)"
				+ common(sections) + "\n";
		this.types = new LinkedHashMap<>();
		this.columns = new ArrayList<>();
		this.columns.add(describe(jdbc, film, this.types));
		for (Query query : this.queries) {
			this.columns.add(describe(jdbc, described + query.rows().select(), this.types));
		}
		this.whole = texts(this.sections);
		this.budget = new AtomicLong(this.whole.length());
	}

	/**
	 * Every query of the sections, numbered from 1 (0 is the film's row) in the order of
	 * the sections and of each section's queries.
	 */
	List<Query> queries() {
		return this.queries;
	}

	/**
	 * The page's statement with these sections, for a film by IMDb id or by id: its
	 * parameters are the places of the sections asked for, then the film's id.
	 */
	String page(List<TitlePageSection> asked, boolean byImdbId) {
		Texts texts = statements(asked.stream().map((section) -> section.embedding().place()).sorted().toList());
		return byImdbId ? texts.byImdbId() : texts.byId();
	}

	/**
	 * The statement of the page's validator (the film's version and the digest of what
	 * the page shows, and the snapshot it reads in: {@link #SNAPSHOT}), with the same
	 * parameters.
	 */
	String validator(List<TitlePageSection> asked, boolean byImdbId) {
		Texts texts = statements(asked.stream().map((section) -> section.embedding().place()).sorted().toList());
		return byImdbId ? texts.validatorByImdbId() : texts.validatorById();
	}

	/**
	 * The statements of the sections at these places: those of their own, made once,
	 * while the statements made for sets of sections are no longer together than the
	 * whole page's; from the first set that would go beyond, the whole page's for every
	 * set not made yet, whose parameter leaves out the sections not asked for. A
	 * statement of its own leaves out the other sections' queries, which PostgreSQL would
	 * otherwise set up and tear down on every run of the plan it keeps for the statement
	 * (two thirds of the cost of a page of cast, crew and trivia). The bound bounds the
	 * plans each connection keeps to twice those of the whole page's statements alone:
	 * PostgreSQL's memory for a prepared statement is about 40 times its text (6.5 MB for
	 * the whole page's 150 KB).
	 */
	private Texts statements(List<Integer> places) {
		if (places.size() == this.sections.size()) {
			return this.whole;
		}
		Texts made = this.bySections.get(places);
		if (made != null) {
			return made;
		}
		if (this.full) {
			return this.whole;
		}
		Texts texts = texts(
				this.sections.stream().filter((section) -> places.contains(section.embedding().place())).toList());
		if (this.budget.addAndGet(-texts.length()) < 0) {
			this.budget.addAndGet(texts.length());
			this.full = true;
			return this.whole;
		}
		Texts raced = this.bySections.putIfAbsent(places, texts);
		if (raced != null) {
			this.budget.addAndGet(texts.length());
			return raced;
		}
		return texts;
	}

	/**
	 * The statements of the page with these sections (in their place order): the film's
	 * row, the queries of the sections and what they show, each column named as in
	 * {@link #types}, padded with the columns of the other queries of these sections.
	 */
	private Texts texts(List<TitlePageSection> included) {
		String common = common(included);
		List<Query> parts = this.queries.stream().filter((query) -> included.contains(query.section())).toList();
		Set<String> names = new HashSet<>(this.columns.get(0).keySet());
		parts.forEach((query) -> names.addAll(this.columns.get(query.part()).keySet()));
		Map<String, String> types = new LinkedHashMap<>();
		this.types.forEach((name, type) -> {
			if (names.contains(name)) {
				types.put(name, type);
			}
		});
		List<String> shown = new ArrayList<>();
		shown.add(this.shownOfFilm);
		for (TitlePageSection section : included) {
			for (TitlePageSection.Shown query : section.shown()) {
				shown.add(query.select() + " WHERE " + query.film() + " = " + FILM + wanted(section));
			}
		}
		String digest = ETags.digestSql(String.join(" UNION ALL ", shown));
		StringBuilder union = new StringBuilder();
		union.append("SELECT 0 AS part, 0::bigint AS part_row, ")
			.append(padded(types, this.columns.get(0)))
			.append(", ")
			.append(digest)
			.append(" AS shown_digest, ")
			.append(SNAPSHOT)
			.append(" AS snapshot FROM (")
			.append(this.film)
			.append(" WHERE f.id = ")
			.append(FILM)
			.append(") d");
		for (Query query : parts) {
			TitlePageSection.Rows<?> rows = query.rows();
			union.append("\nUNION ALL SELECT ")
				.append(query.part())
				.append(", d.part_row, ")
				.append(padded(types, this.columns.get(query.part())))
				.append(", NULL, NULL FROM (SELECT row_number() OVER (")
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
		String validator = common + "\nSELECT f.version, " + digest + " AS shown_digest, " + SNAPSHOT
				+ " AS snapshot FROM film f WHERE f.id = " + FILM;
		return new Texts(PAGE + "f.imdb_id = ?)" + common + "\n" + union, PAGE + "f.id = ?)" + common + "\n" + union,
				PAGE + "f.imdb_id = ?)" + validator, PAGE + "f.id = ?)" + validator);
	}

	/**
	 * The {@linkplain TitlePageSection#common() common queries} of these sections, each
	 * materialized, and computed only when the page embeds its section.
	 */
	private static String common(List<TitlePageSection> sections) {
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
		return common.toString();
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

	/**
	 * The statements of a page and of its validator, by IMDb id and by id.
	 */
	private record Texts(String byImdbId, String byId, String validatorByImdbId, String validatorById) {

		long length() {
			return (long) this.byImdbId.length() + this.byId.length() + this.validatorByImdbId.length()
					+ this.validatorById.length();
		}

	}

}
