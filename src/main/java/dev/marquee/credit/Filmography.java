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
	 * Year descending with undated films last, as one ascending key (-year, or 1 without
	 * a year), so the keyset condition is a single row comparison. Ties: title, film id,
	 * kind (cast before crew), credit id.
	 */
	private static final String SQL = """
			SELECT k.*, f.imdb_id, f.title, f.release_year, f.type, -coalesce(f.release_year, -1) AS year_key
			FROM (
			    SELECT 'cast' AS kind, c.id AS credit_id, c.film_id, c.characters, c.billing_order,
			           NULL::varchar AS department, NULL::text AS job, c.credited_as, c.note
			    FROM cast_credit c WHERE c.person_id = :person
			    UNION ALL
			    SELECT 'crew', w.id, w.film_id, NULL::text[], NULL::integer, w.department, w.job, w.credited_as, w.note
			    FROM crew_credit w WHERE w.person_id = :person
			) k
			JOIN film f ON f.id = k.film_id
			WHERE (-coalesce(f.release_year, -1), f.title, f.id, k.kind, k.credit_id)
			    > (:yearKey, :title, :filmId, :kind, :creditId)
			ORDER BY -coalesce(f.release_year, -1), f.title, f.id, k.kind, k.credit_id
			LIMIT :limit
			""";

	private final People people;

	private final JdbcClient jdbc;

	Filmography(People people, JdbcClient jdbc) {
		this.people = people;
		this.jdbc = jdbc;
	}

	PageView<FilmographyCredit> credits(ResourceId personId, int size, @Nullable String after) {
		Cursor cursor = Cursor.decode(after, SORT, 5);
		PersonRef person = this.people.require(personId);
		List<Row> rows = this.jdbc.sql(SQL)
			.param("person", person.id())
			.param("yearKey", (cursor != null) ? cursor.longKey(0) : Long.MIN_VALUE)
			.param("title", (cursor != null) ? cursor.key(1) : "")
			.param("filmId", (cursor != null) ? cursor.longKey(2) : 0L)
			.param("kind", (cursor != null) ? cursor.key(3) : "")
			.param("creditId", (cursor != null) ? cursor.longKey(4) : 0L)
			.param("limit", size + 1)
			.query(Filmography::row)
			.list();
		return PageView.of(rows, size, Row::credit, (row) -> Cursor.of(SORT, row.yearKey(), row.credit().film().title(),
				row.credit().film().id(), row.credit().kind(), row.credit().id()));
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		CreditedFilm film = new CreditedFilm(rs.getLong("film_id"), rs.getString("imdb_id"), rs.getString("title"),
				rs.getObject("release_year", Integer.class), FilmType.fromCode(rs.getString("type")));
		String department = rs.getString("department");
		FilmographyCredit credit = new FilmographyCredit(rs.getLong("credit_id"), rs.getString("kind"), film,
				SqlArrays.stringsOrNull(rs.getArray("characters")), rs.getObject("billing_order", Integer.class),
				(department != null) ? Department.fromCode(department) : null, rs.getString("job"),
				rs.getString("credited_as"), rs.getString("note"));
		return new Row(rs.getLong("year_key"), credit);
	}

	private record Row(long yearKey, FilmographyCredit credit) {

	}

}
