package dev.marquee.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.marquee.film.Film;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies and their credits on films.
 */
@Service
@Transactional(readOnly = true)
public class Companies {

	private final CompanyRepository companies;

	private final CompanyCreditRepository credits;

	Companies(CompanyRepository companies, CompanyCreditRepository credits) {
		this.companies = companies;
		this.credits = credits;
	}

	/**
	 * The film's company credits grouped by role (in {@link CompanyRole} order).
	 */
	public List<CompanyCreditItem> forFilm(Film film) {
		return this.credits.findByFilm(film)
			.stream()
			.sorted(Comparator.comparing(CompanyCredit::getRole))
			.map(CompanyCredit::toView)
			.toList();
	}

	@Transactional
	public void replace(Film film, List<CompanyCreditInput> inputs) {
		this.credits.deleteByFilm(film);
		Map<CompanyRole, Integer> positions = new EnumMap<>(CompanyRole.class);
		List<CompanyCredit> rows = new ArrayList<>();
		for (CompanyCreditInput input : inputs) {
			int position = positions.merge(input.role(), 1, Integer::sum);
			rows.add(new CompanyCredit(film, resolve(input.company()), input.role(), position, input.note()));
		}
		this.credits.saveAll(rows);
	}

	private Company resolve(CompanyRefInput ref) {
		if (ref.imdbId() != null) {
			return this.companies.findByImdbId(ref.imdbId())
				.orElseGet(() -> this.companies.save(new Company(ref.imdbId(), ref.name(), ref.country())));
		}
		return this.companies.findWithoutImdbIdByName(ref.name())
			.stream()
			.findFirst()
			.orElseGet(() -> this.companies.save(new Company(null, ref.name(), ref.country())));
	}

}
