package dev.marquee.credit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.marquee.film.Film;
import dev.marquee.person.People;

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

	private final People people;

	Credits(CastCreditRepository castCredits, CrewCreditRepository crewCredits, People people) {
		this.castCredits = castCredits;
		this.crewCredits = crewCredits;
		this.people = people;
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
