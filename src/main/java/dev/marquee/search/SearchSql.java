package dev.marquee.search;

/**
 * The SQL of search, in one place. Every text is compared folded ({@code marquee_fold}:
 * lower case, accents removed); the folded text is stored in generated columns
 * ({@code film.title_folded}, {@code alternate_title.title_folded},
 * {@code person.name_folded}), each with a byte-order btree and a GiST trigram index, so
 * no candidate row is folded again. A text matches when {@code %} (similarity of the
 * whole text) or {@code <%} (similarity of the query to the best-matching run of words,
 * which suits multi-word queries and prefixes) holds; their thresholds are set per
 * transaction ({@link #THRESHOLDS}).
 * <p>
 * Each candidate gets a match rank (0 exact, 1 prefix, 2 fuzzy) and a score, the greater
 * of its similarity and word similarity. Ranking is by match rank, then score in steps of
 * 0.1 (so a close match is not buried under a popular loose one), then popularity (film:
 * rating votes; person: number of credits), then kind and id for a stable order.
 * <p>
 * The candidates are read ranked, so a search costs the same however common its words
 * are: every exact match (btree equality); the first {@value #CANDIDATES} prefix matches
 * in byte order of the folded text (btree range); and the {@value #CANDIDATES} closest
 * texts by similarity and by word similarity (GiST distance order, {@code <->} and
 * {@code <<->}). The best {@value #CANDIDATES} by score are always among them, so the
 * ranking differs from scoring every match only in the popularity tie-break: among fuzzy
 * matches of equal rounded score, popularity decides only within those closest
 * {@value #CANDIDATES}, and among more than {@value #CANDIDATES} prefix matches only the
 * first {@value #CANDIDATES} in byte order are ranked.
 */
final class SearchSql {

	/**
	 * How many candidates each ranked index scan reads: at least the largest page size.
	 */
	static final int CANDIDATES = 200;

	private SearchSql() {
	}

	static final String THRESHOLDS = """
			SELECT set_config('pg_trgm.similarity_threshold', '0.3', true),
			       set_config('pg_trgm.word_similarity_threshold', '0.6', true)
			""";

	/**
	 * The matching texts of one table (columns {@code key, matched, source, folded}),
	 * read ranked as the class comment says.
	 */
	private static String candidates(String table, String key, String text, String folded, int source) {
		String columns = "SELECT %s AS key, %s AS matched, %d AS source, %s AS folded FROM %s".formatted(key, text,
				source, folded, table);
		// The operators %% and <%%, spelled as functions so that the planner filters the
		// few prefix matches with them rather than intersecting a trigram index scan.
		String matches = """
				(similarity(%1$s, marquee_fold(:q)) >= current_setting('pg_trgm.similarity_threshold')::real
				 OR word_similarity(marquee_fold(:q), %1$s) >= current_setting('pg_trgm.word_similarity_threshold')::real)"""
			.formatted(folded);
		return """
				(%1$s WHERE %2$s COLLATE "C" = marquee_fold(:q))
				UNION ALL
				(%1$s WHERE starts_with(%2$s COLLATE "C", marquee_fold(:q)) AND %2$s COLLATE "C" <> marquee_fold(:q)
				   AND %3$s
				 ORDER BY %2$s COLLATE "C" LIMIT %4$d)
				UNION ALL
				%5$s""".formatted(columns, folded, matches, CANDIDATES, closest(columns, folded));
	}

	/**
	 * The {@value #CANDIDATES} closest matching texts by similarity and by word
	 * similarity, read in GiST distance order.
	 */
	private static String closest(String columns, String folded) {
		return """
				(%1$s WHERE %2$s %% marquee_fold(:q) ORDER BY %2$s <-> marquee_fold(:q) LIMIT %3$d)
				UNION ALL
				(%1$s WHERE marquee_fold(:q) <%% %2$s ORDER BY marquee_fold(:q) <<-> %2$s LIMIT %3$d)
				""".formatted(columns, folded, CANDIDATES);
	}

	private static final String RANK = """
			CASE WHEN t.folded = marquee_fold(:q) THEN 0
			     WHEN starts_with(t.folded, marquee_fold(:q)) THEN 1 ELSE 2 END AS match_rank,
			greatest(similarity(t.folded, marquee_fold(:q)), word_similarity(marquee_fold(:q), t.folded)) AS score
			""";

	/**
	 * Films whose title or an alternate title matches {@code :q}, best title per film.
	 */
	static final String FILMS = """
			SELECT 'film' AS kind, f.id, f.imdb_id, f.title AS name, f.release_year, f.type AS film_type,
			       b.matched, b.match_rank, b.score, f.rating_votes::bigint AS popularity
			FROM (
			    SELECT DISTINCT ON (t.key) t.key, t.matched, t.source,
			%s
			    FROM (
			%s
			UNION ALL
			%s
			    ) t
			    ORDER BY t.key, match_rank, score DESC, t.source
			) b
			JOIN film f ON f.id = b.key
			""".formatted(RANK, candidates("film", "id", "title", "title_folded", 0),
			candidates("alternate_title", "film_id", "title", "title_folded", 1));

	/**
	 * People whose name matches {@code :q}.
	 */
	static final String PEOPLE = """
			SELECT 'person' AS kind, p.id, p.imdb_id, p.name, NULL::integer AS release_year,
			       NULL::varchar AS film_type, p.name AS matched, b.match_rank, b.score,
			       (SELECT count(*) FROM cast_credit c WHERE c.person_id = p.id)
			         + (SELECT count(*) FROM crew_credit w WHERE w.person_id = p.id) AS popularity
			FROM (
			    SELECT DISTINCT ON (t.key) t.key,
			%s
			    FROM (
			%s
			    ) t
			) b
			JOIN person p ON p.id = b.key
			""".formatted(RANK, candidates("person", "id", "name", "name_folded", 0));

	static final String RANKED = """
			ORDER BY match_rank, round(score::numeric, 1) DESC, popularity DESC, kind, id
			LIMIT :size
			""";

	/**
	 * Search-as-you-type ranks by where the query occurs: at the start of the title (0),
	 * at the start of a later word (1), or only similar (2); then by popularity. Each
	 * tier of each table is read ranked and capped: the first two at the 10 most voted
	 * (from the byte-order btree and the trigram index, exact), the third at the
	 * {@value #CANDIDATES} texts closest by similarity and by word similarity, among
	 * which the most voted come first. A film's own title wins over its alternate titles
	 * in the same tier.
	 */
	static final String SUGGEST = """
			SELECT f.id, f.imdb_id, f.title AS name, f.release_year, f.type AS film_type, s.matched
			FROM (
			    SELECT DISTINCT ON (t.film_id) t.film_id, t.matched, t.popularity,
			           CASE WHEN starts_with(t.folded, marquee_fold(:q)) THEN 0
			                WHEN position(' ' || marquee_fold(:q) IN t.folded) > 0 THEN 1 ELSE 2 END AS tier
			    FROM (
			%s
			UNION ALL
			%s
			    ) t
			    ORDER BY t.film_id, tier, t.source
			) s
			JOIN film f ON f.id = s.film_id
			ORDER BY s.tier, s.popularity DESC, s.film_id
			LIMIT 10
			""".formatted(suggestions("film f", "film f", "f.id", "f.id", "f.title", "f.title_folded", 0),
			suggestions("alternate_title a JOIN film f ON f.id = a.film_id", "alternate_title a", "a.id", "a.film_id",
					"a.title", "a.title_folded", 1));

	private static String suggestions(String from, String table, String rowId, String key, String text, String folded,
			int source) {
		String columns = ("SELECT %s AS film_id, %s AS matched, %s AS folded, %d AS source, "
				+ "f.rating_votes AS popularity FROM %s")
			.formatted(key, text, folded, source, from);
		// OFFSET 0 keeps the planner to the matches' own index: walking every film by
		// votes until ten match is fast for a common prefix but reads the whole table for
		// a rare one.
		return """
				(%1$s WHERE %3$s IN (SELECT %3$s FROM %4$s WHERE starts_with(%2$s COLLATE "C", marquee_fold(:q)) OFFSET 0)
				 ORDER BY f.rating_votes DESC, f.id LIMIT 10)
				UNION ALL
				(%1$s WHERE %3$s IN (SELECT %3$s FROM %4$s WHERE %2$s LIKE '%% ' || replace(replace(replace(marquee_fold(:q), '\\', '\\\\'), '%%', '\\%%'), '_', '\\_') || '%%' OFFSET 0)
				 ORDER BY f.rating_votes DESC, f.id LIMIT 10)
				UNION ALL
				%5$s"""
			.formatted(columns, folded, rowId, table, closest(columns, folded));
	}

}
