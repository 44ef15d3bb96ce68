package dev.marquee.review;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionPaging;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class ReviewItems extends SectionItemStore<Review, ReviewInput, ReviewItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("reviews", "Review", "user review", "user reviews", ReviewInput.class, ReviewItem.class)
		.listed("User reviews, most helpful first by default; sort=date lists the newest first and "
				+ "sort=rating the highest rated first (reviews without a rating last), ties broken by id. "
				+ "Paged by cursor: follow next, or send after=nextCursor with the same sort. spoilers=hide "
				+ "leaves out reviews that give the plot away.", ReviewSort.parameter(), SectionPaging.spoilers());

	private final ReviewRepository repository;

	private final ReviewRows rows;

	ReviewItems(ReviewRepository repository, ReviewRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<ReviewItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
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
