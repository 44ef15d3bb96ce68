package dev.marquee.review;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.section.Spoilers;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class Reviews {

	private final ReviewRepository repository;

	private final Films films;

	Reviews(ReviewRepository repository, Films films) {
		this.repository = repository;
		this.films = films;
	}

	/**
	 * The film's reviews, most helpful first.
	 */
	public List<ReviewItem> forFilm(Film film) {
		return this.repository.findByFilmMostHelpfulFirst(film).stream().map(Review::toView).toList();
	}

	/**
	 * One page of reviews in the given sort; the cursor carries the sort and is refused
	 * under another.
	 */
	PageView<ReviewItem> page(ResourceId filmId, int size, @Nullable String after, ReviewSort sort, Spoilers spoilers) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, sort.code(), 2);
		Limit limit = Limit.of(size + 1);
		boolean shown = spoilers.shown();
		List<Review> rows = switch (sort) {
			case HELPFUL ->
				this.repository.findMostHelpful(film, shown, (cursor != null) ? cursor.intKey(0) : Integer.MAX_VALUE,
						(cursor != null) ? cursor.longKey(1) : 0, limit);
			case DATE ->
				(cursor != null) ? this.repository.findNewest(film, shown, cursor.dateKey(0), cursor.longKey(1), limit)
						: this.repository.findNewest(film, shown, limit);
			case RATING -> this.repository.findHighestRated(film, shown, (cursor != null) ? cursor.intKey(0) : 11,
					(cursor != null) ? cursor.longKey(1) : 0, limit);
		};
		return PageView.of(rows, size, Review::toView, (review) -> Cursor.of(sort.code(), review.keys(sort)));
	}

	@Transactional
	public void replace(Film film, List<ReviewInput> inputs) {
		this.repository.deleteByFilm(film);
		this.repository.saveAll(inputs.stream().map((input) -> new Review(film, input)).toList());
	}

}
