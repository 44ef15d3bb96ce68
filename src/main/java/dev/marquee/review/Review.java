package dev.marquee.review;

import java.time.LocalDate;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "review")
class Review extends BaseEntity implements SectionItem<ReviewInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private String author;

	@Column(nullable = false)
	private LocalDate publishedOn;

	private @Nullable Integer rating;

	@Column(nullable = false)
	private boolean spoiler;

	@Column(nullable = false)
	private int helpfulVotes;

	@Column(nullable = false)
	private int unhelpfulVotes;

	@Column(nullable = false)
	private boolean featured;

	protected Review() {
		// for JPA
	}

	Review(Film film, ReviewInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(ReviewInput input) {
		this.title = input.title();
		this.body = input.body();
		this.author = input.author();
		this.publishedOn = input.publishedOn();
		this.rating = input.rating();
		this.spoiler = input.spoiler();
		this.helpfulVotes = input.helpfulVotes();
		this.unhelpfulVotes = input.unhelpfulVotes();
		this.featured = input.featured();
	}

	@Override
	public ReviewInput toInput() {
		return new ReviewInput(this.title, this.body, this.author, this.publishedOn, this.rating, this.spoiler,
				this.helpfulVotes, this.unhelpfulVotes, this.featured);
	}

}
