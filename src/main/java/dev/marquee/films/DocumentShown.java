package dev.marquee.films;

import java.util.List;

import dev.marquee.support.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a film's document shows of other resources, for its ETag ({@link ETags}): the
 * people its cast, crew, soundtrack lines and award nominees link to, the companies it
 * credits and the lists it is on, each at its version, in one statement over the same
 * indexes the sections are read by. Connections and the series are not among them: the
 * document keeps neither a related film's id nor the series.
 */
@Repository
class DocumentShown {

	private static final String SQL = """
			SELECT 'person' AS kind, p.id, p.version FROM person p WHERE p.id IN (
			    SELECT person_id FROM cast_credit WHERE film_id = :film
			    UNION SELECT person_id FROM crew_credit WHERE film_id = :film
			    UNION SELECT c.person_id FROM soundtrack_credit c JOIN soundtrack s ON s.id = c.soundtrack_id
			          WHERE s.film_id = :film
			    UNION SELECT n.person_id FROM award_nominee n JOIN award_nomination a ON a.id = n.nomination_id
			          WHERE a.film_id = :film)
			UNION ALL
			SELECT 'company', c.id, c.version FROM company c
			WHERE c.id IN (SELECT company_id FROM company_credit WHERE film_id = :film)
			UNION ALL
			SELECT 'list', l.id, l.version FROM film_list l
			WHERE l.id IN (SELECT list_id FROM film_list_item WHERE film_id = :film)
			""";

	private final JdbcClient jdbc;

	DocumentShown(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ETags.Shown> of(long filmId) {
		return this.jdbc.sql(SQL)
			.param("film", filmId)
			.query((rs, row) -> new ETags.Shown(rs.getString("kind"), rs.getLong("id"), rs.getLong("version")))
			.list();
	}

}
