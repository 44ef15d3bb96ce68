package dev.marquee.credit;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.person.Person;
import dev.marquee.person.PersonRefInput;
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
@Table(name = "crew_credit")
class CrewCredit extends BaseEntity implements SectionItem<CrewMemberInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(nullable = false, length = 32)
	private Department department;

	@Column(nullable = false)
	private String job;

	@Column(nullable = false)
	private int position;

	private @Nullable String creditedAs;

	private @Nullable String note;

	protected CrewCredit() {
		// for JPA
	}

	CrewCredit(Film film, Person person, Department department, String job, int position, @Nullable String creditedAs,
			@Nullable String note) {
		this.film = film;
		this.person = person;
		this.department = department;
		this.job = job;
		this.position = position;
		this.creditedAs = creditedAs;
		this.note = note;
	}

	/**
	 * Sets the job, credited name and note; the person and the place in the crew list are
	 * set by {@link CrewItems}, which resolves the one and numbers the other.
	 */
	@Override
	public void replace(CrewMemberInput input) {
		this.job = input.job();
		this.creditedAs = input.creditedAs();
		this.note = input.note();
	}

	void credit(Person person) {
		this.person = person;
	}

	/**
	 * Moves the credit to the given place in the crew list.
	 */
	void place(Department department, int position) {
		this.department = department;
		this.position = position;
	}

	@Override
	public CrewMemberInput toInput() {
		return new CrewMemberInput(new PersonRefInput(this.person.getImdbId(), this.person.getName()), this.department,
				this.job, this.creditedAs, this.note);
	}

	Film getFilm() {
		return this.film;
	}

	Department getDepartment() {
		return this.department;
	}

}
