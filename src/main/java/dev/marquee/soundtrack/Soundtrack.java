package dev.marquee.soundtrack;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A song of a film's soundtracks. Its credit lines are part of it: written with it,
 * replaced as a whole, guarded by its version.
 */
@Entity
@Table(name = "soundtrack")
class Soundtrack extends BaseEntity implements SectionItem<SoundtrackInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@OneToMany(mappedBy = "soundtrack", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<SoundtrackCredit> credits = new ArrayList<>();

	protected Soundtrack() {
		// for JPA
	}

	Soundtrack(Film film, int position, String title) {
		this.film = film;
		this.position = position;
		this.title = title;
	}

	/**
	 * Sets the title; the credit lines are set by {@link SoundtrackItems}, which resolves
	 * their people.
	 */
	@Override
	public void replace(SoundtrackInput input) {
		this.title = input.title();
	}

	/**
	 * Replaces every credit line with these, in their order.
	 */
	void credit(List<SoundtrackCredit> lines) {
		this.credits.clear();
		this.credits.addAll(lines);
	}

	@Override
	public SoundtrackInput toInput() {
		return new SoundtrackInput(this.title, this.credits.stream().map(SoundtrackCredit::toInput).toList());
	}

}
