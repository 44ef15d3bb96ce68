package dev.marquee.credit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.film.SectionPaging;
import dev.marquee.person.People;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;

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

	Credits(CastCreditRepository castCredits, CrewCreditRepository crewCredits, CrewPageQuery crewPages, People people,
			Films films) {
		this.castCredits = castCredits;
		this.crewCredits = crewCredits;
		this.crewPages = crewPages;
		this.people = people;
		this.films = films;
	}

	/**
	 * The cast in billing order.
	 */
	public List<CastMember> cast(Film film) {
		return this.castCredits.findByFilm(film).stream().map(CastCredit::toView).toList();
	}

	/**
	 * The crew grouped by department (in {@link Department} order), each department in
	 * credit order.
	 */
	public List<CrewMember> crew(Film film) {
		return this.crewCredits.findByFilm(film)
			.stream()
			.sorted(Comparator.comparing(CrewCredit::getDepartment))
			.map(CrewCredit::toView)
			.toList();
	}

	/**
	 * One page of the cast in billing order: the film and the page are two statements.
	 */
	PageView<CastMember> castPage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, "cast", 2);
		List<CastCredit> rows = (cursor != null) ? this.castCredits.findPage(film, SectionPaging.intKey(cursor, 0),
				cursor.longKey(1), Limit.of(size + 1)) : this.castCredits.findPage(film, 0, 0, Limit.of(size + 1));
		return PageView.of(rows, size, CastCredit::toView,
				(credit) -> Cursor.of("cast", credit.getBillingOrder(), credit.getId()));
	}

	/**
	 * One page of the crew, in the order of {@link #crew(Film)}.
	 */
	PageView<CrewMember> crewPage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, "crew", 3);
		List<CrewCredit> rows = (cursor != null) ? this.crewPages.find(film, SectionPaging.intKey(cursor, 0),
				SectionPaging.intKey(cursor, 1), cursor.longKey(2), size + 1)
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
