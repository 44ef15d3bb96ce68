package dev.marquee.review;

import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.VersionedItem;
import dev.marquee.section.SectionPaging;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;

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

	private final Reviews reviews;

	ReviewItems(ReviewRepository repository, Reviews reviews) {
		super(SECTION, repository);
		this.reviews = reviews;
		this.repository = repository;
	}

	@Override
	protected PageView<ReviewItem> page(ResourceId film, SectionQuery query) {
		return this.reviews.page(film, query.size(), query.after(), ReviewSort.parse(query.sort()),
				query.spoilerFilter());
	}

	@Override
	protected Optional<Review> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Optional<VersionedItem<ReviewItem>> read(Film film, long itemId) {
		return find(film, itemId).map((item) -> versioned(item, item.toView(), List.of()));
	}

	@Override
	protected Review create(Film film, ReviewInput input) {
		return new Review(film, input);
	}

}
