package dev.marquee.soundtrack;

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
@Table(name = "soundtrack_credit")
class SoundtrackCredit extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "soundtrack_id")
	private Soundtrack soundtrack;

	@Column(name = "soundtrack_id", insertable = false, updatable = false)
	private @Nullable Long soundtrackId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 32)
	private CreditRole role;

	@Column(nullable = false)
	private String text;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private @Nullable Person person;

	protected SoundtrackCredit() {
		// for JPA
	}

	SoundtrackCredit(Soundtrack soundtrack, int position, CreditRole role, String text, @Nullable Person person) {
		this.soundtrack = soundtrack;
		this.position = position;
		this.role = role;
		this.text = text;
		this.person = person;
	}

	@Nullable Long getSoundtrackId() {
		return this.soundtrackId;
	}

	SoundtrackCreditLine toView() {
		return new SoundtrackCreditLine(this.role, this.text, (this.person != null) ? PersonRef.of(this.person) : null);
	}

}
