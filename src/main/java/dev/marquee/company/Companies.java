package dev.marquee.company;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.film.Film;
import dev.marquee.support.db.NaturalKey;
import dev.marquee.support.db.NaturalKeyLocks;

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

	private final Changes changes;

	private final NaturalKeyLocks locks;

	Companies(CompanyRepository companies, CompanyCreditRepository credits, Changes changes, NaturalKeyLocks locks) {
		this.changes = changes;
		this.locks = locks;
		this.companies = companies;
		this.credits = credits;
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

	/**
	 * The company a credit names, by the rule of {@link CompanyRefInput} (names compared,
	 * and stored, in Unicode NFC); a new one is created only when none matches. Before
	 * creating, the reference's {@link #key key} is locked until the transaction ends and
	 * the company looked for again, so that concurrent writers naming the same new
	 * company create it once.
	 */
	Company resolve(CompanyRefInput ref) {
		return find(ref).orElseGet(() -> {
			this.locks.lock(List.of(key(ref)));
			return find(ref).orElseGet(() -> create(ref, nfc(ref.name())));
		});
	}

	/**
	 * The keys of the companies these credits name that do not exist yet: those a write
	 * would create, and must lock (see {@link NaturalKeyLocks}).
	 */
	public List<NaturalKey> unmatched(List<CompanyCreditInput> inputs) {
		return inputs.stream()
			.map(CompanyCreditInput::company)
			.filter((ref) -> find(ref).isEmpty())
			.map(Companies::key)
			.toList();
	}

	private Optional<Company> find(CompanyRefInput ref) {
		return (ref.imdbId() != null) ? this.companies.findByImdbId(ref.imdbId())
				: this.companies.findWithoutImdbIdByName(nfc(ref.name()));
	}

	/**
	 * What a reference is matched by: the IMDb id when it has one, else the name in NFC.
	 */
	private static NaturalKey key(CompanyRefInput ref) {
		return (ref.imdbId() != null) ? new NaturalKey("company-imdb-id", ref.imdbId())
				: new NaturalKey("company-name", nfc(ref.name()));
	}

	private static String nfc(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC);
	}

	/**
	 * A company a document names for the first time, recorded in the change feed.
	 */
	private Company create(CompanyRefInput ref, String name) {
		Company company = this.companies.save(new Company(ref.imdbId(), name, ref.country()));
		this.changes.record(ChangeAction.CREATE, "company", Objects.requireNonNull(company.getId()), ref.imdbId());
		return company;
	}

}
