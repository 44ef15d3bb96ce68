package dev.marquee.credit;

import dev.marquee.film.Film;
import dev.marquee.person.Person;
import dev.marquee.person.PersonRef;
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
class CrewCredit extends BaseEntity {

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

	Department getDepartment() {
		return this.department;
	}

	int getPosition() {
		return this.position;
	}

	CrewMember toView() {
		return new CrewMember(getId(), PersonRef.of(this.person), this.department, this.job, this.creditedAs,
				this.note);
	}

}
