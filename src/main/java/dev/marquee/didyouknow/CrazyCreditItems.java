package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

@Component
class CrazyCreditItems extends SectionItemStore<CrazyCredit, CrazyCreditInput, CrazyCreditItem> {

	private final CrazyCreditRepository repository;

	CrazyCreditItems(CrazyCreditRepository repository) {
		super("crazy-credits", CrazyCreditInput.class, repository);
		this.repository = repository;
	}

	@Override
	protected Optional<CrazyCredit> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected CrazyCredit create(Film film, CrazyCreditInput input) {
		return new CrazyCredit(film, input);
	}

}
