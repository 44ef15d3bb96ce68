package dev.marquee.award;

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

	@Nullable Long getNominationId() {
		return this.nominationId;
	}

	Nominee toView() {
		return new Nominee(this.name, (this.person != null) ? PersonRef.of(this.person) : null);
	}

}
