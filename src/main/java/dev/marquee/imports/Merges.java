package dev.marquee.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The set-based merges from the staging tables into the real ones, in the transactions
 * the importer groups them into. Every merge writes only what differs, so the same files
 * twice change nothing (not even versions or timestamps), and a run interrupted anywhere
 * ends, when run again, where an uninterrupted run would have. Duplicate lines of a file
 * resolve as "last line wins".
 * <p>
 * On a refresh that staged only what changed since the last import ({@link Partial}),
 * each staging table holds every line of the titles selected for its file
 * ({@code imports_scope_titles}, per file) and of the people selected
 * ({@code imports_scope_people}); every title selected for any file is also staged from
 * {@code title.basics}, so "in the snapshot" means, for it, what it means on a full
 * import. Each merge then does what it does on a full import, among the titles selected
 * for its file only: a child table's films, the episodes and ratings cleared, the titles
 * and people absent from the snapshot. The others' rows already say what their lines say.
 */
final class Merges {

	private final Connection connection;

	private final Set<Dataset> present;

	private final ImportFeed feed;

	private final @Nullable Partial partial;

	/**
	 * The staged rows and their duplicate keys per staging table: as counted while the
	 * file was staged, or by the merge that read the table first.
	 */
	private final Map<String, StagedKeys> staged;

	/**
	 * Films the films merge created with the fields of their staged episode and rating
	 * lines: counted by the episodes and ratings merges as films they set.
	 */
	private long episodesCreated;

	private long ratingsCreated;

	/**
	 * Whether the films merge created every title it staged (a first load): then no film
	 * of the snapshot has episode or rating fields that this import did not set.
	 */
	private boolean everyTitleCreated;

	Merges(Connection connection, Set<Dataset> present, ImportFeed feed, @Nullable Partial partial,
			Map<String, StagedKeys> staged) {
		this.connection = connection;
		this.present = present;
		this.feed = feed;
		this.partial = partial;
		this.staged = new HashMap<>(staged);
	}

	/**
	 * A staging table's rows.
	 *
	 * @param rows how many
	 * @param duplicateKeys how many repeat the key of another (the merges keep the last)
	 */
	record StagedKeys(long rows, long duplicateKeys) {
	}

	/**
	 * A refresh that staged only the keys that changed since the last import.
	 *
	 * @param unchangedTitles the groups of {@code title.basics} left out (titles the
	 * database holds as the file says)
	 * @param unchangedPeople the groups of {@code name.basics} left out
	 */
	record Partial(long unchangedTitles, long unchangedPeople) {
	}

	Map<String, Long> people() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		staged("imports_name_basics", "nconst", counts);
		String people = latest("imports_name_basics", "nconst");
		String insert = """
				INSERT INTO person AS p (imdb_id, name, birth_year, death_year, professions, known_for_imdb_ids,
				    import_source)
				SELECT nconst, name, birth_year, death_year, professions, known_for, 'imdb'
				FROM %s n""".formatted(people);
		if (writesAlone("person")) {
			upserted(counts, "person", Map.of(), """
					UPDATE person p SET %s
					FROM (SELECT nconst AS imdb_id, name, birth_year, death_year, professions,
					          known_for AS known_for_imdb_ids, 'imdb' AS import_source
					      FROM %s n) excluded
					WHERE p.imdb_id = excluded.imdb_id AND %s
					RETURNING p.id, p.imdb_id AS key, 'update' AS action""".formatted(PERSON_SET, people,
					PERSON_CHANGED), insert + """
							 WHERE NOT EXISTS (SELECT 1 FROM person x WHERE x.imdb_id = n.nconst)
							ORDER BY nconst
							RETURNING p.id, p.imdb_id AS key, 'create' AS action""");
		}
		else {
			upserted(counts, "person", insert + """
					 ORDER BY nconst
					ON CONFLICT (imdb_id) DO UPDATE SET %s
					WHERE %s
					RETURNING p.id, p.imdb_id AS key, CASE WHEN p.xmax = 0 THEN 'create' ELSE 'update' END AS action"""
				.formatted(PERSON_SET, PERSON_CHANGED));
		}
		analyze("person");
		return counts;
	}

	/**
	 * A person whose row differs from the staged line (as {@code excluded}) gets the
	 * line's fields and a new version; an unchanged one is left as it is.
	 */
	private static final String PERSON_SET = """
			name = excluded.name, birth_year = excluded.birth_year, death_year = excluded.death_year,
			    professions = excluded.professions, known_for_imdb_ids = excluded.known_for_imdb_ids,
			    import_source = excluded.import_source, version = p.version + 1, updated_at = now()""";

	private static final String PERSON_CHANGED = """
			(p.name, p.birth_year, p.death_year, p.professions, p.known_for_imdb_ids, p.import_source)
			    IS DISTINCT FROM (excluded.name, excluded.birth_year, excluded.death_year, excluded.professions,
			    excluded.known_for_imdb_ids, excluded.import_source)""";

	/**
	 * Whether this transaction holds the table's ACCESS EXCLUSIVE lock, as a bulk write
	 * does: then no other transaction writes the table until this one ends, and a merge
	 * can update the rows whose keys the table has and insert the others plainly, two
	 * statements that do what one upsert does. An upsert ({@code ON CONFLICT}) pays a
	 * speculative insertion for every row, which a first load, inserting nearly every
	 * row, pays in full: for 1.23 million people, a fifth of the merge's statement. The
	 * table's unique index stays in place through a bulk write, so a key inserted twice
	 * would still fail the import rather than be stored twice.
	 */
	private boolean writesAlone(String table) throws SQLException {
		Map<String, Long> lock = new LinkedHashMap<>();
		row(lock, """
				SELECT count(*) AS held FROM pg_locks
				WHERE locktype = 'relation' AND relation = '%s'::regclass AND pid = pg_backend_pid()
				    AND mode = 'AccessExclusiveLock' AND granted""".formatted(table));
		return lock.get("held") > 0;
	}

	/**
	 * On a first load (a full import whose titles are mostly new), films created here get
	 * their episode and rating fields with their rows, from the staged
	 * {@code title.episode} and {@code title.ratings}: a first load writes each film
	 * once, where setting them afterwards wrote every episode's and rated film's row a
	 * second time (and left as many dead rows behind). Each film's id is drawn before the
	 * insert, in key order as the insert would, so that an episode can name its series
	 * when both are created by this statement. Films that exist already are updated as
	 * before, and the episodes and ratings merges bring their fields up to date. The
	 * films stay one upsert even when the merge writes the table alone: split into an
	 * update of the films that exist and a plain insert of the others (as
	 * {@link #people()} does), a 1M-title first load's films merge showed no gain (28.0
	 * to 33.4 s against 27.7 to 27.9 s, three interleaved pairs; this very statement
	 * varied from 27.0 to 38.4 s in later runs). Any other import creates few films, and
	 * the joins that find their fields would cost it more than the second write they save
	 * (about a second of a 1M-title refresh's films merge), so it inserts films alone.
	 */
	Map<String, Long> films() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		staged("imports_title_basics", "tconst", counts);
		if (!createsMostFilms()) {
			upserted(counts, "film",
					"""
							INSERT INTO film AS f (imdb_id, title, original_title, type, release_year, end_year, runtime_minutes,
							    genres, adult, import_source)
							SELECT tconst, title, original_title, type, start_year, end_year, runtime_minutes, genres, adult, 'imdb'
							FROM %s b ORDER BY tconst
							ON CONFLICT (imdb_id) DO UPDATE SET %s"""
						.formatted(latest("imports_title_basics", "tconst"), FILM_UPDATE) + "\nRETURNING "
							+ FILM_WRITTEN);
			analyze("film");
			return counts;
		}
		String values = "NULL::bigint, NULL::integer, NULL::integer";
		String joins = "";
		if (this.present.contains(Dataset.TITLE_EPISODE)) {
			// A series the files do not list may be a film already there.
			values = """
					CASE WHEN p.new_id IS NOT NULL THEN p.new_id
					    WHEN e.parent_tconst IS NOT NULL THEN (SELECT x.id FROM film x WHERE x.imdb_id = e.parent_tconst) END,
					    e.season_number, e.episode_number""";
			joins = """

					LEFT JOIN %s e ON e.tconst = b.tconst
					LEFT JOIN b p ON p.tconst = e.parent_tconst""".formatted(latest("imports_title_episode", "tconst"));
		}
		if (this.present.contains(Dataset.TITLE_RATINGS)) {
			values += ", r.average, coalesce(r.votes, 0)";
			joins += "\nLEFT JOIN %s r ON r.tconst = b.tconst".formatted(latest("imports_title_ratings", "tconst"));
		}
		else {
			values += ", NULL::numeric, 0";
		}
		Map<String, Long> written = upserted(counts, "film",
				Map.of("episodes", "action = 'create' AND episode", "rated", "action = 'create' AND rated"),
				"""
						WITH b AS (
						    SELECT s.*, coalesce(s.existing_id, nextval('%1$s')) AS new_id
						    FROM (SELECT t.*, x.id AS existing_id FROM %2$s t LEFT JOIN film x ON x.imdb_id = t.tconst
						          ORDER BY t.tconst) s)
						INSERT INTO film AS f (id, imdb_id, title, original_title, type, release_year, end_year, runtime_minutes,
						    genres, adult, import_source, series_film_id, season_number, episode_number, rating_average,
						    rating_votes)
						SELECT b.new_id, b.tconst, b.title, b.original_title, b.type, b.start_year, b.end_year, b.runtime_minutes,
						    b.genres, b.adult, 'imdb', %3$s
						FROM b%4$s
						ORDER BY b.tconst
						ON CONFLICT (imdb_id) DO UPDATE SET %5$s
						RETURNING %6$s,
						    (f.series_film_id, f.season_number, f.episode_number) IS DISTINCT FROM (NULL, NULL, NULL) AS episode,
						    (f.rating_average, f.rating_votes) IS DISTINCT FROM (NULL, 0) AS rated"""
					.formatted(filmIdSequence(), latest("imports_title_basics", "tconst"), values, joins, FILM_UPDATE,
							FILM_WRITTEN));
		this.episodesCreated = written.get("episodes");
		this.ratingsCreated = written.get("rated");
		this.everyTitleCreated = counts.get("inserted") == counts.get("staged") - counts.get("duplicates");
		analyze("film");
		return counts;
	}

	/**
	 * A title whose row differs from its staged line gets the line's fields and a new
	 * version; an unchanged one is left as it is.
	 */
	private static final String FILM_UPDATE = """
			title = excluded.title, original_title = excluded.original_title,
			    type = excluded.type, release_year = excluded.release_year, end_year = excluded.end_year,
			    runtime_minutes = excluded.runtime_minutes, genres = excluded.genres, adult = excluded.adult,
			    import_source = excluded.import_source, version = f.version + 1, updated_at = now()
			WHERE (f.title, f.original_title, f.type, f.release_year, f.end_year, f.runtime_minutes, f.genres,
			    f.adult, f.import_source)
			    IS DISTINCT FROM (excluded.title, excluded.original_title, excluded.type, excluded.release_year,
			    excluded.end_year, excluded.runtime_minutes, excluded.genres, excluded.adult, excluded.import_source)""";

	private static final String FILM_WRITTEN = "f.id, f.imdb_id AS key, CASE WHEN f.xmax = 0 THEN 'create' ELSE 'update' END AS action";

	/**
	 * Whether the films merge will create most of the staged titles: on a full import,
	 * when fewer than half of a sample of them (the first thousand staged) are films
	 * already. Either way the import leaves every film with the same fields; this picks
	 * the cheaper statements (a film created without its episode or rating fields ends at
	 * a later version, as the episodes and ratings merges set them).
	 */
	private boolean createsMostFilms() throws SQLException {
		if (this.partial != null) {
			return false;
		}
		Map<String, Long> sample = new LinkedHashMap<>();
		row(sample,
				"""
						SELECT count(*) AS sampled, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM film f WHERE f.imdb_id = b.tconst))
						    AS existing
						FROM (SELECT tconst FROM imports_title_basics LIMIT 1000) b""");
		return sample.get("existing") * 2 < sample.get("sampled");
	}

	/**
	 * Runs the update that sets a file's fields on the films this import did not create
	 * with them, recorded in the change feed, and counts the films set and the file's
	 * unknown titles. The update is not run when the films merge created the film of
	 * every staged line of the file (one per key) with the line's fields (a first load):
	 * it would find nothing to change. A created film gets those fields from its own line
	 * only, so as many such films as keys is every key.
	 * @param created the films the films merge created with the file's fields set
	 * @param update the update, returning {@code id}, {@code key} and {@code action}
	 * @param unknown the select list that counts the file's unknown titles
	 */
	private void setFields(Map<String, Long> counts, long created, String update, String unknown) throws SQLException {
		if (created == counts.get("staged") - counts.get("duplicates")) {
			row(counts, "SELECT 0 AS updated, " + unknown);
		}
		else {
			row(counts, this.feed.recording("film", update) + "SELECT (SELECT count(*) FROM written) AS updated, "
					+ unknown);
		}
		// The films created with the file's fields were set by this import too.
		counts.merge("updated", created, Long::sum);
	}

	/**
	 * Runs the update that clears a file's fields on the snapshot's titles the file no
	 * longer lists, and counts them; none when the films merge created every title of the
	 * snapshot (each got the fields of its own line, or none).
	 */
	private void clearFields(Map<String, Long> counts, String clearing) throws SQLException {
		if (this.everyTitleCreated) {
			counts.put("cleared", 0L);
		}
		else if (this.present.contains(Dataset.TITLE_BASICS)) {
			// The update that set the fields changed their statistics: planned on the
			// old ones (none on a first import), the anti-join became a nested loop over
			// every staged line for every film written (over 14 minutes for the episodes
			// at 1.23M titles, 352 s for the ratings at 100k).
			analyze("film");
			counts.put("cleared", written(clearing));
		}
	}

	private String filmIdSequence() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_get_serial_sequence('film', 'id')")) {
			rows.next();
			return rows.getString(1);
		}
	}

	Map<String, Long> episodes() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		staged("imports_title_episode", "tconst", counts);
		String episodes = latest("imports_title_episode", "tconst");
		String unknown = """
				(SELECT count(*) FROM %1$s e WHERE NOT EXISTS (SELECT 1 FROM film f WHERE f.imdb_id = e.tconst))
				    AS unknown_episode_titles,
				(SELECT count(*) FROM %1$s e WHERE NOT EXISTS (SELECT 1 FROM film p WHERE p.imdb_id = e.parent_tconst))
				    AS unknown_series_titles""".formatted(episodes);
		setFields(counts, this.episodesCreated, """
				WITH r AS (SELECT f.id, p.id AS parent_id, e.season_number, e.episode_number
				      FROM %s e JOIN film f ON f.imdb_id = e.tconst LEFT JOIN film p ON p.imdb_id = e.parent_tconst)
				UPDATE film f SET series_film_id = r.parent_id, season_number = r.season_number,
				    episode_number = r.episode_number, version = f.version + 1, updated_at = now()
				FROM r WHERE f.id = r.id AND (f.series_film_id, f.season_number, f.episode_number)
				    IS DISTINCT FROM (r.parent_id, r.season_number, r.episode_number)
				RETURNING f.id, f.imdb_id AS key, 'update' AS action""".formatted(episodes), unknown);
		// A title of the snapshot that is no longer an episode loses its series.
		clearFields(counts, """
				UPDATE film f SET series_film_id = NULL, season_number = NULL, episode_number = NULL,
				    version = f.version + 1, updated_at = now()
				WHERE f.series_film_id IS NOT NULL AND f.import_source = 'imdb'
				    AND f.imdb_id IN (SELECT tconst FROM imports_title_basics)%s
				    AND NOT EXISTS (SELECT 1 FROM imports_title_episode e WHERE e.tconst = f.imdb_id)
				RETURNING f.id, f.imdb_id AS key, 'update' AS action""".formatted(selected(Dataset.TITLE_EPISODE)));
		return counts;
	}

	Map<String, Long> ratings() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		staged("imports_title_ratings", "tconst", counts);
		String ratings = latest("imports_title_ratings", "tconst");
		String unknown = """
				(SELECT count(*) FROM %s r WHERE NOT EXISTS (SELECT 1 FROM film f WHERE f.imdb_id = r.tconst))
				    AS unknown_titles""".formatted(ratings);
		setFields(counts, this.ratingsCreated, """
				UPDATE film f SET rating_average = r.average, rating_votes = r.votes, version = f.version + 1,
				    updated_at = now()
				FROM %s r WHERE f.imdb_id = r.tconst
				    AND (f.rating_average, f.rating_votes) IS DISTINCT FROM (r.average, r.votes)
				RETURNING f.id, f.imdb_id AS key, 'update' AS action""".formatted(ratings), unknown);
		// A title of the snapshot that is no longer rated loses its old rating.
		clearFields(counts, """
				UPDATE film f SET rating_average = NULL, rating_votes = 0, version = f.version + 1, updated_at = now()
				WHERE f.imdb_id IN (SELECT tconst FROM imports_title_basics)%s
				    AND NOT EXISTS (SELECT 1 FROM imports_title_ratings r WHERE r.tconst = f.imdb_id)
				    AND (f.rating_average IS NOT NULL OR f.rating_votes <> 0)
				RETURNING f.id, f.imdb_id AS key, 'update' AS action""".formatted(selected(Dataset.TITLE_RATINGS)));
		return counts;
	}

	Map<String, Long> alternateTitles() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		staged("imports_title_akas", "tconst, ordering", counts);
		row(counts, """
				SELECT count(*) AS unknown_titles FROM imports_title_akas a
				WHERE NOT EXISTS (SELECT 1 FROM film f WHERE f.imdb_id = a.tconst)""");
		ChildReplacement replacement = new ChildReplacement("alternate_title",
				"title, region, language, types, attributes, original", "ordering", "id", false, "");
		replacement.apply(this.connection, this.feed, scope(Dataset.TITLE_AKAS), """
				SELECT f.id AS film_id, a.ordering, a.title, a.region, a.language, a.types, a.attributes, a.original
				FROM %s a
				JOIN film f ON f.imdb_id = a.tconst""".formatted(latest("imports_title_akas", "tconst, ordering")),
				counts);
		return counts;
	}

	Map<String, Long> cast() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		staged("imports_title_principals", "tconst, ordering", counts);
		row(counts, """
				SELECT count(*) FILTER (WHERE f.id IS NULL) AS unknown_titles,
				    count(*) FILTER (WHERE f.id IS NOT NULL AND pe.id IS NULL) AS unknown_people
				FROM imports_title_principals p LEFT JOIN film f ON f.imdb_id = p.tconst
				LEFT JOIN person pe ON pe.imdb_id = p.nconst""");
		ChildReplacement replacement = new ChildReplacement("cast_credit",
				"person_id, billing_order, characters, credited_as, note", "billing_order, person_id",
				"billing_order, person_id", true, FILM_YEAR_KEY);
		replacement.apply(this.connection, this.feed, scope(Dataset.TITLE_PRINCIPALS), """
				SELECT f.id AS film_id, pe.id AS person_id, p.ordering AS billing_order, p.characters,
				    NULL::text AS credited_as, NULL::text AS note, -coalesce(f.release_year, -1) AS film_year_key
				FROM %s p
				JOIN film f ON f.imdb_id = p.tconst JOIN person pe ON pe.imdb_id = p.nconst
				WHERE p.category IN ('actor', 'actress', 'self')"""
			.formatted(latest("imports_title_principals", "tconst, ordering")), counts);
		return counts;
	}

	Map<String, Long> crew() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		staged("imports_title_crew", "tconst", counts);
		row(counts, """
				SELECT count(*) FILTER (WHERE f.id IS NULL) AS unknown_titles,
				    count(*) FILTER (WHERE f.id IS NOT NULL AND pe.id IS NULL) AS unknown_people
				FROM (SELECT tconst, unnest(directors || writers) AS nconst FROM imports_title_crew) c
				LEFT JOIN film f ON f.imdb_id = c.tconst LEFT JOIN person pe ON pe.imdb_id = c.nconst""");
		ChildReplacement replacement = new ChildReplacement("crew_credit",
				"person_id, department, job, position, credited_as, note", "department, position",
				"department, position", true, FILM_YEAR_KEY);
		replacement.apply(this.connection, this.feed, scope(Dataset.TITLE_PRINCIPALS, Dataset.TITLE_CREW), CREW
			.formatted(latest("imports_title_principals", "tconst, ordering"), latest("imports_title_crew", "tconst")),
				counts);
		return counts;
	}

	/**
	 * Crew from both sources: principals other than cast (category → department, job as
	 * given or named after the category) and {@code title.crew}'s directors and writers.
	 * A person listed by both in one department is credited once, as principals say;
	 * positions follow principals' ordering, then the order of {@code title.crew}.
	 * <p>
	 * The entries are joined with their films and people first, and sorted once, by film,
	 * department and person: that order finds each person's first entry in a department,
	 * and has each film's departments together for the positions, which then only order
	 * the entries within a department. Finding the first entries by their text keys
	 * before the join took a sort of every entry of its own: at 1M titles (5.6M entries,
	 * 330 MB a sort) the statement read its rows in 20.0-20.9 s against 23.6-25.3 s.
	 */
	private static final String CREW = """
			WITH p AS (SELECT * FROM %s p),
			c AS (SELECT * FROM %s c),
			entries AS (
			    SELECT tconst, nconst,
			        CASE category WHEN 'director' THEN 'directing' WHEN 'writer' THEN 'writing'
			            WHEN 'producer' THEN 'producing' WHEN 'composer' THEN 'music'
			            WHEN 'cinematographer' THEN 'cinematography' WHEN 'editor' THEN 'editing'
			            WHEN 'casting_director' THEN 'casting' WHEN 'production_designer' THEN 'production_design'
			            ELSE 'other' END AS department,
			        coalesce(job, initcap(replace(category, '_', ' '))) AS job, ordering::bigint AS rank
			    FROM p WHERE category NOT IN ('actor', 'actress', 'self')
			    UNION ALL
			    SELECT c.tconst, d.nconst, 'directing', 'Director', 1000000 + d.n
			    FROM c, unnest(c.directors) WITH ORDINALITY AS d(nconst, n)
			    UNION ALL
			    SELECT c.tconst, w.nconst, 'writing', 'Writer', 2000000 + w.n
			    FROM c, unnest(c.writers) WITH ORDINALITY AS w(nconst, n)),
			credited AS (
			    SELECT DISTINCT ON (f.id, e.department, pe.id) f.id AS film_id, pe.id AS person_id, e.department,
			        e.job, e.rank, -coalesce(f.release_year, -1) AS film_year_key
			    FROM entries e JOIN film f ON f.imdb_id = e.tconst JOIN person pe ON pe.imdb_id = e.nconst
			    ORDER BY f.id, e.department, pe.id, e.rank)
			SELECT film_id, person_id, department, job,
			    row_number() OVER (PARTITION BY film_id, department ORDER BY rank, person_id)::int AS position,
			    NULL::text AS credited_as, NULL::text AS note, film_year_key
			FROM credited""";

	/**
	 * A credit's copy of its film's year key, the filmography's order (V492): written
	 * with the credits inserted in bulk, where the table's trigger would look the film up
	 * row by row.
	 */
	private static final String FILM_YEAR_KEY = "film_year_key";

	/**
	 * A new version for each film whose alternate titles or credits the merges before it,
	 * in the same transaction, changed ({@code import_touched}), with its change-feed
	 * entry; none for a film this import has already written (created, or updated with a
	 * new version), as readers never saw it between the two.
	 */
	Map<String, Long> filmVersions() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Statement statement = this.connection.createStatement()) {
			statement
				.execute("CREATE TEMP TABLE IF NOT EXISTS import_touched (film_id bigint PRIMARY KEY) ON COMMIT DROP");
			statement.execute("ANALYZE import_touched");
		}
		counts.put("raised", written("""
				UPDATE film f SET version = f.version + 1, updated_at = now()
				FROM import_touched t
				WHERE f.id = t.film_id AND %s
				RETURNING f.id, f.imdb_id AS key, 'update' AS action"""
			.formatted(this.feed.unwritten("film", "f.id"))));
		return counts;
	}

	/**
	 * Films an earlier import wrote that this {@code title.basics} no longer lists:
	 * counted, and deleted (with their sections) when asked.
	 */
	Map<String, Long> missingTitles(boolean delete) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		String absent = """
				FROM film f WHERE f.import_source = 'imdb'%s
				    AND NOT EXISTS (SELECT 1 FROM imports_title_basics b WHERE b.tconst = f.imdb_id)"""
			.formatted(selected(Dataset.TITLE_BASICS));
		if (delete) {
			// The absent films, found once: written into each statement below, the search
			// scanned the film table three times (9.7 s at 3M titles for 1,467 films).
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("CREATE TEMP TABLE import_absent ON COMMIT DROP AS SELECT f.id " + absent);
				statement.execute("ANALYZE import_absent");
			}
			// The titles of the snapshot: on a refresh of changes, every film an
			// import wrote but those absent (a --delete-missing refresh goes the
			// full way when an earlier import kept any).
			String inSnapshot = (this.partial != null)
					? "e.import_source = 'imdb' AND e.id NOT IN (SELECT id FROM import_absent)"
					: "e.imdb_id IN (SELECT tconst FROM imports_title_basics)";
			// Episodes of a deleted series lose it here rather than silently through the
			// foreign key, so their versions and the feed say so.
			written("""
					UPDATE film e SET series_film_id = NULL, season_number = NULL, episode_number = NULL,
					    version = e.version + 1, updated_at = now()
					WHERE e.series_film_id IN (SELECT id FROM import_absent)
					    AND %s
					RETURNING e.id, e.imdb_id AS key, 'update' AS action""".formatted(inSnapshot));
			counts.put("deleted", written("""
					DELETE FROM film f WHERE f.id IN (SELECT id FROM import_absent)
					RETURNING f.id, f.imdb_id AS key, 'delete' AS action"""));
		}
		else if (this.partial != null) {
			row(counts, """
					SELECT count(*) - %d - (SELECT count(DISTINCT tconst) FROM imports_title_basics) AS kept
					FROM film WHERE import_source = 'imdb'""".formatted(this.partial.unchangedTitles()));
		}
		else {
			row(counts, "SELECT count(*) AS kept " + absent);
		}
		return counts;
	}

	/**
	 * People an earlier import wrote that this {@code name.basics} no longer lists:
	 * counted, and deleted when asked, unless a credit still names them (then kept and
	 * counted as such).
	 */
	Map<String, Long> missingPeople(boolean delete) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		String absent = """
				FROM person p WHERE p.import_source = 'imdb'%s
				    AND NOT EXISTS (SELECT 1 FROM imports_name_basics n WHERE n.nconst = p.imdb_id)"""
			.formatted((this.partial != null) ? " AND p.imdb_id IN (SELECT nconst FROM imports_scope_people)" : "");
		String credited = """
				(EXISTS (SELECT 1 FROM cast_credit c WHERE c.person_id = p.id)
				    OR EXISTS (SELECT 1 FROM crew_credit c WHERE c.person_id = p.id)
				    OR EXISTS (SELECT 1 FROM soundtrack_credit c WHERE c.person_id = p.id)
				    OR EXISTS (SELECT 1 FROM award_nominee c WHERE c.person_id = p.id))""";
		if (delete) {
			counts.put("deleted", written("person", "DELETE " + absent + " AND NOT " + credited
					+ " RETURNING p.id, p.imdb_id AS key, 'delete' AS action"));
			row(counts, "SELECT count(*) AS kept_credited " + absent);
		}
		else if (this.partial != null) {
			row(counts, """
					SELECT count(*) - %d - (SELECT count(DISTINCT nconst) FROM imports_name_basics) AS kept
					FROM person WHERE import_source = 'imdb'""".formatted(this.partial.unchangedPeople()));
		}
		else {
			row(counts, "SELECT count(*) AS kept " + absent);
		}
		return counts;
	}

	/**
	 * The films whose children a merge replaces: those the snapshot lists, plus those the
	 * child files name; only films that exist; on a refresh, only those selected for the
	 * child files (a title whose group vanished included: it has no staged line).
	 */
	private String scope(Dataset... childFiles) {
		StringBuilder tconsts = new StringBuilder();
		if (this.present.contains(Dataset.TITLE_BASICS)) {
			tconsts.append("SELECT tconst FROM imports_title_basics");
		}
		for (Dataset file : childFiles) {
			tconsts.append((tconsts.length() > 0) ? " UNION " : "")
				.append("SELECT tconst FROM ")
				.append(file.stagingTable());
		}
		return "SELECT f.id FROM film f WHERE f.imdb_id IN (" + tconsts + ")" + selected(childFiles);
	}

	/**
	 * On a refresh, the condition that a film ({@code f}) is among the titles selected
	 * for the files; nothing on a full import.
	 */
	private String selected(Dataset... files) {
		if (this.partial == null) {
			return "";
		}
		return " AND f.imdb_id IN (SELECT tconst FROM imports_scope_titles WHERE dataset IN (%s))".formatted(
				Arrays.stream(files).map((file) -> "'" + file.baseName() + "'").collect(Collectors.joining(", ")));
	}

	private void staged(String table, String key, Map<String, Long> counts) throws SQLException {
		StagedKeys known = this.staged.get(table);
		if (known == null) {
			row(counts, "SELECT coalesce(sum(n), 0)::bigint AS staged, coalesce(sum(n - 1), 0)::bigint AS duplicates "
					+ "FROM (SELECT count(*) AS n FROM " + table + " GROUP BY " + key + ") k");
			known = new StagedKeys(counts.get("staged"), counts.get("duplicates"));
			this.staged.put(table, known);
		}
		counts.put("staged", known.rows());
		counts.put("duplicates", known.duplicateKeys());
	}

	/**
	 * The staging table's rows with "last line wins" applied: the table itself when it
	 * holds no duplicate keys (the usual case, which then needs no sort), else the last
	 * line of each key.
	 */
	private String latest(String table, String key) throws SQLException {
		StagedKeys known = this.staged.get(table);
		if (known == null) {
			staged(table, key, new LinkedHashMap<>());
			known = this.staged.get(table);
		}
		return (known.duplicateKeys() == 0) ? table
				: "(SELECT DISTINCT ON (" + key + ") * FROM " + table + " ORDER BY " + key + ", line_no DESC)";
	}

	private void upserted(Map<String, Long> counts, String resourceType, String upsert) throws SQLException {
		upserted(counts, resourceType, Map.of(), upsert);
	}

	/**
	 * Runs the writes of an upsert (one statement, or an update and an insert), each
	 * recorded in the change feed, and counts what they inserted, updated and left
	 * unchanged; {@code more} names further counts over their rows (a name and a
	 * condition on {@code written}), answered rather than reported.
	 */
	private Map<String, Long> upserted(Map<String, Long> counts, String resourceType, Map<String, String> more,
			String... writes) throws SQLException {
		StringBuilder select = new StringBuilder("SELECT count(*) FILTER (WHERE action = 'create') AS inserted, "
				+ "count(*) FILTER (WHERE action = 'update') AS updated");
		more.forEach((name, condition) -> select.append(", count(*) FILTER (WHERE ")
			.append(condition)
			.append(") AS ")
			.append(name));
		Map<String, Long> written = new LinkedHashMap<>();
		for (String write : writes) {
			Map<String, Long> these = new LinkedHashMap<>();
			row(these, this.feed.recording(resourceType, write) + select + " FROM written");
			these.forEach((name, count) -> written.merge(name, count, Long::sum));
		}
		counts.put("inserted", written.remove("inserted"));
		counts.put("updated", written.remove("updated"));
		counts.put("unchanged",
				counts.get("staged") - counts.get("duplicates") - counts.get("inserted") - counts.get("updated"));
		return written;
	}

	private void row(Map<String, Long> counts, String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
				counts.put(rows.getMetaData().getColumnLabel(i).replace('_', ' '), rows.getLong(i));
			}
		}
	}

	/**
	 * Fresh statistics after a bulk write, so the next merges join the new rows with hash
	 * joins rather than loops planned for the table as it was (quadratic on a first
	 * import). Not on a refresh of what changed: it writes a few rows of tables whose
	 * statistics stay true, and analyzing the film table took longer than its merges.
	 */
	private void analyze(String table) throws SQLException {
		if (this.partial != null) {
			return;
		}
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("ANALYZE " + table);
		}
	}

	/**
	 * Runs a write on films that returns {@code id}, {@code key} and {@code action},
	 * records it in the change feed and answers how many rows it wrote.
	 */
	private long written(String write) throws SQLException {
		return written("film", write);
	}

	private long written(String resourceType, String write) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		row(counts, this.feed.recording(resourceType, write) + "SELECT count(*) AS written FROM written");
		return counts.get("written");
	}

}
