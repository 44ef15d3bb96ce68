package dev.marquee.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.person.People;
import dev.marquee.person.PersonRef;
import dev.marquee.support.db.SqlArrays;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's cast and crew: read in one statement each (people fetched with them), written
 * as a whole.
 */
@Service
@Transactional(readOnly = true)
public class Credits {

	private final CastCreditRepository castCredits;

	private final CrewCreditRepository crewCredits;

	private final CrewPageQuery crewPages;

	private final People people;

	private final Films films;

	private final JdbcClient jdbc;

	Credits(CastCreditRepository castCredits, CrewCreditRepository crewCredits, CrewPageQuery crewPages, People people,
			Films films, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.castCredits = castCredits;
		this.crewCredits = crewCredits;
		this.crewPages = crewPages;
		this.people = people;
		this.films = films;
	}

	/**
	 * The cast in billing order. Read with plain JDBC (in the caller's transaction)
	 * rather than as entities: a title page's hundred credits and their people hydrated
	 * into the persistence context were most of its CPU time (docs/benchmarks.md).
	 */
	public List<CastMember> cast(Film film) {
		return this.jdbc.sql("""
				SELECT c.id, c.characters, c.billing_order, c.credited_as, c.note,
				    p.id AS person_id, p.imdb_id AS person_imdb_id, p.name AS person_name
				FROM cast_credit c JOIN person p ON p.id = c.person_id
				WHERE c.film_id = ? ORDER BY c.billing_order, c.id""")
			.param(film.getId())
			.query((rs, row) -> new CastMember(rs.getLong("id"), person(rs),
					SqlArrays.strings(rs.getArray("characters")), rs.getInt("billing_order"),
					rs.getString("credited_as"), rs.getString("note")))
			.list();
	}

	/**
	 * The crew grouped by department (in {@link Department} order), each department in
	 * credit order; read like {@link #cast(Film)}.
	 */
	public List<CrewMember> crew(Film film) {
		return this.jdbc.sql("""
				SELECT c.id, c.department, c.job, c.credited_as, c.note,
				    p.id AS person_id, p.imdb_id AS person_imdb_id, p.name AS person_name
				FROM crew_credit c JOIN person p ON p.id = c.person_id
				WHERE c.film_id = ? ORDER BY c.position, c.id""")
			.param(film.getId())
			.query((rs, row) -> new CrewMember(rs.getLong("id"), person(rs),
					Department.fromCode(rs.getString("department")), rs.getString("job"), rs.getString("credited_as"),
					rs.getString("note")))
			.stream()
			.sorted(Comparator.comparing(CrewMember::department))
			.toList();
	}

	private static PersonRef person(ResultSet rs) throws SQLException {
		return new PersonRef(rs.getLong("person_id"), rs.getString("person_imdb_id"), rs.getString("person_name"));
	}

	/**
	 * One page of the cast in billing order: the film and the page are two statements.
	 */
	PageView<CastMember> castPage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, "cast", 2);
		List<CastCredit> rows = (cursor != null)
				? this.castCredits.findPage(film, cursor.intKey(0), cursor.longKey(1), Limit.of(size + 1))
				: this.castCredits.findPage(film, 0, 0, Limit.of(size + 1));
		return PageView.of(rows, size, CastCredit::toView,
				(credit) -> Cursor.of("cast", credit.getBillingOrder(), credit.getId()));
	}

	/**
	 * One page of the crew, in the order of {@link #crew(Film)}.
	 */
	PageView<CrewMember> crewPage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, "crew", 3);
		List<CrewCredit> rows = (cursor != null)
				? this.crewPages.find(film, cursor.intKey(0), cursor.intKey(1), cursor.longKey(2), size + 1)
				: this.crewPages.find(film, -1, 0, 0, size + 1);
		return PageView.of(rows, size, CrewCredit::toView,
				(credit) -> Cursor.of("crew", credit.getDepartment().ordinal(), credit.getPosition(), credit.getId()));
	}

	@Transactional
	public void replaceCast(Film film, List<CastMemberInput> cast) {
		this.castCredits.deleteByFilm(film);
		List<CastCredit> credits = new ArrayList<>();
		for (CastMemberInput input : cast) {
			credits.add(new CastCredit(film, this.people.resolve(input.person()), input.billingOrder(),
					input.characters(), input.creditedAs(), input.note()));
		}
		this.castCredits.saveAll(credits);
	}

	@Transactional
	public void replaceCrew(Film film, List<CrewMemberInput> crew) {
		this.crewCredits.deleteByFilm(film);
		Map<Department, Integer> positions = new EnumMap<>(Department.class);
		List<CrewCredit> credits = new ArrayList<>();
		for (CrewMemberInput input : crew) {
			int position = positions.merge(input.department(), 1, Integer::sum);
			credits.add(new CrewCredit(film, this.people.resolve(input.person()), input.department(), input.job(),
					position, input.creditedAs(), input.note()));
		}
		this.crewCredits.saveAll(credits);
	}

}
