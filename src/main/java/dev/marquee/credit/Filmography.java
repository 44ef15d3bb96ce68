package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.credit.FilmographyCredit.CreditedFilm;
import dev.marquee.film.FilmType;
import dev.marquee.person.People;
import dev.marquee.person.PersonRef;
import dev.marquee.support.db.SqlArrays;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's filmography: their cast and crew credits, newest film first. It lives with
 * the credits rather than with people, so that {@code person} need not know credits
 * (credits already know people). Two statements a page: the person, then the credits.
 */
@Service
@Transactional(readOnly = true)
class Filmography {

	static final String SORT = "newest";

	/**
	 * Year descending with undated films last, as one ascending key each credit carries
	 * (-year, or 1 without a year: {@code film_year_key}, kept by triggers), then film
	 * id, kind (cast before crew), credit id. Each kind's page is read in that order from
	 * its person index, after the cursor, so a page costs its own rows however many
	 * credits the person has; the two are merged, and only their films are read.
	 */
	private static final String SQL = """
			SELECT k.*, f.imdb_id, f.title, f.release_year, f.type
			FROM (
			    (SELECT 'cast' AS kind, c.id AS credit_id, c.film_id, c.film_year_key, c.characters, c.billing_order,
			            NULL::varchar AS department, NULL::text AS job, c.credited_as, c.note
			     FROM cast_credit c
			     WHERE c.person_id = :person AND (c.film_year_key, c.film_id, c.id) > (:yearKey, :filmId, :castAfter)
			     ORDER BY c.film_year_key, c.film_id, c.id
			     LIMIT :limit)
			    UNION ALL
			    (SELECT 'crew', w.id, w.film_id, w.film_year_key, NULL::text[], NULL::integer, w.department, w.job,
			            w.credited_as, w.note
			     FROM crew_credit w
			     WHERE w.person_id = :person AND (w.film_year_key, w.film_id, w.id) > (:yearKey, :filmId, :crewAfter)
			     ORDER BY w.film_year_key, w.film_id, w.id
			     LIMIT :limit)
			) k
			JOIN film f ON f.id = k.film_id
			ORDER BY k.film_year_key, k.film_id, k.kind, k.credit_id
			LIMIT :limit
			""";

	private final People people;

	private final JdbcClient jdbc;

	Filmography(People people, JdbcClient jdbc) {
		this.people = people;
		this.jdbc = jdbc;
	}

	PageView<FilmographyCredit> credits(ResourceId personId, int size, @Nullable String after) {
		Cursor cursor = Cursor.decode(after, SORT, 4);
		PersonRef person = this.people.require(personId);
		// Within the cursor's film, cast comes before crew: after a cast credit, the rest
		// of that film's cast and all its crew; after a crew credit, none of its cast.
		String kind = (cursor != null) ? cursor.key(2) : "";
		long creditId = (cursor != null) ? cursor.longKey(3) : 0L;
		List<Row> rows = this.jdbc.sql(SQL)
			.param("person", person.id())
			.param("yearKey", (cursor != null) ? cursor.longKey(0) : Long.MIN_VALUE)
			.param("filmId", (cursor != null) ? cursor.longKey(1) : 0L)
			.param("castAfter", kind.equals("cast") ? creditId : kind.equals("crew") ? Long.MAX_VALUE : 0L)
			.param("crewAfter", kind.equals("crew") ? creditId : 0L)
			.param("limit", size + 1)
			.query(Filmography::row)
			.list();
		return PageView.of(rows, size, Row::credit, (row) -> Cursor.of(SORT, row.yearKey(), row.credit().film().id(),
				row.credit().kind(), row.credit().id()));
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		CreditedFilm film = new CreditedFilm(rs.getLong("film_id"), rs.getString("imdb_id"), rs.getString("title"),
				rs.getObject("release_year", Integer.class), FilmType.fromCode(rs.getString("type")));
		String department = rs.getString("department");
		FilmographyCredit credit = new FilmographyCredit(rs.getLong("credit_id"), rs.getString("kind"), film,
				SqlArrays.stringsOrNull(rs.getArray("characters")), rs.getObject("billing_order", Integer.class),
				(department != null) ? Department.fromCode(department) : null, rs.getString("job"),
				rs.getString("credited_as"), rs.getString("note"));
		return new Row(rs.getLong("film_year_key"), credit);
	}

	private record Row(long yearKey, FilmographyCredit credit) {

	}

}
