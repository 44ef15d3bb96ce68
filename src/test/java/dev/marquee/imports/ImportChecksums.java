package dev.marquee.imports;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checksums of what an import wrote for one id range ({@code tt72%} and {@code nm72%}).
 */
final class ImportChecksums {

	private final JdbcTemplate jdbc;

	ImportChecksums(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every column of every row, ids, versions and timestamps included: equal only when
	 * nothing at all was written in between.
	 */
	String exact(String prefix) {
		return this.jdbc.queryForObject("""
				SELECT md5(concat_ws('|',
				  (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM film t WHERE t.imdb_id LIKE 'tt' || ?),
				  (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM person t WHERE t.imdb_id LIKE 'nm' || ?),
				  (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM cast_credit t JOIN film f ON f.id = t.film_id
				   WHERE f.imdb_id LIKE 'tt' || ?),
				  (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM crew_credit t JOIN film f ON f.id = t.film_id
				   WHERE f.imdb_id LIKE 'tt' || ?),
				  (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM alternate_title t JOIN film f ON f.id = t.film_id
				   WHERE f.imdb_id LIKE 'tt' || ?)))""", String.class, like(prefix), like(prefix), like(prefix),
				like(prefix), like(prefix));
	}

	/**
	 * The content by natural keys (IMDb ids, orderings), without generated ids and
	 * timestamps, versions included: equal when two databases hold the same facts,
	 * written the same number of times.
	 */
	String content(String prefix) {
		return this.jdbc.queryForObject("""
				SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
				  SELECT f.imdb_id || row(f.title, f.original_title, f.type, f.release_year, f.end_year,
				      f.runtime_minutes, f.genres, f.adult, f.rating_average, f.rating_votes, s.imdb_id,
				      f.season_number, f.episode_number, f.import_source, f.version)::text AS x
				  FROM film f LEFT JOIN film s ON s.id = f.series_film_id WHERE f.imdb_id LIKE 'tt' || ?
				  UNION ALL
				  SELECT p.imdb_id || row(p.name, p.birth_year, p.death_year, p.professions, p.known_for_imdb_ids,
				      p.version)::text FROM person p WHERE p.imdb_id LIKE 'nm' || ?
				  UNION ALL
				  SELECT 'cast' || f.imdb_id || row(p.imdb_id, c.billing_order, c.characters, c.version)::text
				  FROM cast_credit c JOIN film f ON f.id = c.film_id JOIN person p ON p.id = c.person_id
				  WHERE f.imdb_id LIKE 'tt' || ?
				  UNION ALL
				  SELECT 'crew' || f.imdb_id || row(p.imdb_id, c.department, c.job, c.position, c.version)::text
				  FROM crew_credit c JOIN film f ON f.id = c.film_id JOIN person p ON p.id = c.person_id
				  WHERE f.imdb_id LIKE 'tt' || ?
				  UNION ALL
				  SELECT 'aka' || f.imdb_id || row(a.title, a.region, a.language, a.types, a.attributes, a.original,
				      a.version, rank() OVER (PARTITION BY a.film_id ORDER BY a.id))::text
				  FROM alternate_title a JOIN film f ON f.id = a.film_id WHERE f.imdb_id LIKE 'tt' || ?) rows""",
				String.class, like(prefix), like(prefix), like(prefix), like(prefix), like(prefix));
	}

	long films(String prefix) {
		return this.jdbc.queryForObject("SELECT count(*) FROM film WHERE imdb_id LIKE 'tt' || ?", Long.class,
				like(prefix));
	}

	long rows(String table, String prefix) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM " + table + " t JOIN film f ON f.id = t.film_id WHERE f.imdb_id LIKE 'tt' || ?",
				Long.class, like(prefix));
	}

	/**
	 * Removes the range, credits and alternate titles with their films.
	 */
	void delete(String prefix) {
		purge(this.jdbc, "^tt" + prefix, "^nm" + prefix);
	}

	/**
	 * Deletes the films and people whose IMDb ids match these patterns (POSIX regular
	 * expressions), with everything that cascades from them, without the API's statement
	 * timeout nor the connection's socket timeout: thousands of films with their credits
	 * may take longer than those on a busy machine.
	 */
	static void purge(JdbcTemplate jdbc, String films, String people) {
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			int networkTimeout = connection.getNetworkTimeout();
			connection.setNetworkTimeout(Runnable::run, 0);
			try (java.sql.PreparedStatement timeout = connection.prepareStatement("SET statement_timeout = 0");
					java.sql.PreparedStatement deleteFilms = connection
						.prepareStatement("DELETE FROM film WHERE imdb_id ~ ?");
					java.sql.PreparedStatement deletePeople = connection
						.prepareStatement("DELETE FROM person WHERE imdb_id ~ ?");
					java.sql.PreparedStatement reset = connection.prepareStatement("RESET statement_timeout")) {
				timeout.execute();
				deleteFilms.setString(1, films);
				deleteFilms.executeUpdate();
				deletePeople.setString(1, people);
				deletePeople.executeUpdate();
				reset.execute();
			}
			finally {
				connection.setNetworkTimeout(Runnable::run, networkTimeout);
			}
			return null;
		});
	}

	private static String like(String prefix) {
		return prefix + "%";
	}

}
