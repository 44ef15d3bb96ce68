package dev.marquee.credit;

import java.util.ArrayList;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "cast_credit")
class CastCredit extends BaseEntity implements SectionItem<CastMemberInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(nullable = false)
	private int billingOrder;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> characters = new ArrayList<>();

	private @Nullable String creditedAs;

	private @Nullable String note;

	protected CastCredit() {
		// for JPA
	}

	CastCredit(Film film, Person person, int billingOrder, List<String> characters, @Nullable String creditedAs,
			@Nullable String note) {
		this.film = film;
		this.person = person;
		this.billingOrder = billingOrder;
		this.characters = new ArrayList<>(characters);
		this.creditedAs = creditedAs;
		this.note = note;
	}

	/**
	 * Sets every field but the person, which {@link CastItems} resolves.
	 */
	@Override
	public void replace(CastMemberInput input) {
		this.billingOrder = input.billingOrder();
		this.characters = new ArrayList<>(input.characters());
		this.creditedAs = input.creditedAs();
		this.note = input.note();
	}

	void credit(Person person) {
		this.person = person;
	}

	@Override
	public CastMemberInput toInput() {
		return new CastMemberInput(new PersonRefInput(this.person.getImdbId(), this.person.getName()),
				List.copyOf(this.characters), this.billingOrder, this.creditedAs, this.note);
	}

}
