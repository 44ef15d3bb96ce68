package dev.marquee.soundtrack;

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
@Table(name = "soundtrack_credit")
class SoundtrackCredit extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "soundtrack_id")
	private Soundtrack soundtrack;

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

	/**
	 * The song's credit lines as given, numbered in their order.
	 * @param people resolves a line's person
	 */
	static List<SoundtrackCredit> lines(Soundtrack song, List<SoundtrackCreditLineInput> inputs,
			Function<PersonRefInput, Person> people) {
		List<SoundtrackCredit> lines = new ArrayList<>();
		int position = 1;
		for (SoundtrackCreditLineInput line : inputs) {
			lines.add(new SoundtrackCredit(song, position++, line.role(), line.text(),
					(line.person() != null) ? people.apply(line.person()) : null));
		}
		return lines;
	}

	SoundtrackCreditLineInput toInput() {
		return new SoundtrackCreditLineInput(this.role, this.text,
				(this.person != null) ? new PersonRefInput(this.person.getImdbId(), this.person.getName()) : null);
	}

}
