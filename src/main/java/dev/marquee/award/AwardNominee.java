package dev.marquee.award;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.marquee.person.Person;
import dev.marquee.person.PersonRefInput;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "award_nominee")
class AwardNominee extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "nomination_id")
	private AwardNomination nomination;

	@Column(name = "nomination_id", insertable = false, updatable = false)
	private @Nullable Long nominationId;

	@Column(nullable = false)
	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private @Nullable Person person;

	@Column(nullable = false)
	private String name;

	protected AwardNominee() {
		// for JPA
	}

	AwardNominee(AwardNomination nomination, int position, NomineeInput input, @Nullable Person person) {
		this.nomination = nomination;
		this.position = position;
		this.name = input.name();
		this.person = person;
	}

	/**
	 * The nomination's nominees as given, numbered in their order.
	 * @param people resolves a nominee's person
	 */
	static List<AwardNominee> of(AwardNomination nomination, List<NomineeInput> inputs,
			Function<PersonRefInput, Person> people) {
		List<AwardNominee> nominees = new ArrayList<>();
		int position = 1;
		for (NomineeInput nominee : inputs) {
			nominees.add(new AwardNominee(nomination, position++, nominee,
					(nominee.person() != null) ? people.apply(nominee.person()) : null));
		}
		return nominees;
	}

	NomineeInput toInput() {
		return new NomineeInput(this.name,
				(this.person != null) ? new PersonRefInput(this.person.getImdbId(), this.person.getName()) : null);
	}

}
