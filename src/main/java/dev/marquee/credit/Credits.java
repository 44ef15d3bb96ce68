package dev.marquee.credit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.marquee.film.Film;
import dev.marquee.person.People;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a film's cast and crew as a whole (a film document); they are read by
 * {@link CastRows} and {@link CrewRows}.
 */
@Service
public class Credits {

	private final CastCreditRepository castCredits;

	private final CrewCreditRepository crewCredits;

	private final People people;

	Credits(CastCreditRepository castCredits, CrewCreditRepository crewCredits, People people) {
		this.castCredits = castCredits;
		this.crewCredits = crewCredits;
		this.people = people;
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
