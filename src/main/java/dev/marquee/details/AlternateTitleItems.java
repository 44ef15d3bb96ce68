package dev.marquee.details;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

@Component
class AlternateTitleItems extends SectionItemStore<AlternateTitle, AlternateTitleInput, AlternateTitleItem> {

	private final AlternateTitleRepository repository;

	AlternateTitleItems(AlternateTitleRepository repository) {
		super("alternate-titles", AlternateTitleInput.class, repository);
		this.repository = repository;
	}

	@Override
	protected Optional<AlternateTitle> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected AlternateTitle create(Film film, AlternateTitleInput input) {
		return new AlternateTitle(film, input);
	}

}
