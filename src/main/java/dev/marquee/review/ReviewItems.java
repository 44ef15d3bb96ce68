package dev.marquee.review;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

@Component
class ReviewItems extends SectionItemStore<Review, ReviewInput, ReviewItem> {

	private final ReviewRepository repository;

	ReviewItems(ReviewRepository repository) {
		super("reviews", ReviewInput.class, repository);
		this.repository = repository;
	}

	@Override
	protected Optional<Review> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Review create(Film film, ReviewInput input) {
		return new Review(film, input);
	}

}
