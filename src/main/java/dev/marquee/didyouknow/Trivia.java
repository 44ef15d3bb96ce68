package dev.marquee.didyouknow;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "trivia")
class Trivia extends BaseEntity implements SectionItem<TriviaInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private boolean spoiler;

	@Column(nullable = false)
	private int interestingVotes;

	@Column(nullable = false)
	private int totalVotes;

	protected Trivia() {
		// for JPA
	}

	Trivia(Film film, TriviaInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(TriviaInput input) {
		this.text = input.text();
		this.spoiler = input.spoiler();
		this.interestingVotes = input.interestingVotes();
		this.totalVotes = input.totalVotes();
	}

	@Override
	public TriviaInput toInput() {
		return new TriviaInput(this.text, this.spoiler, this.interestingVotes, this.totalVotes);
	}

}
