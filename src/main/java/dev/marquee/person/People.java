package dev.marquee.person;

import dev.marquee.support.web.ResourceId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person feature offers the others: finding a person by either id, and turning a
 * reference in a film document into a stored person, never creating the same person
 * twice.
 */
@Service
public class People {

	private final PersonRepository repository;

	People(PersonRepository repository) {
		this.repository = repository;
	}

	/**
	 * The person with this numeric or IMDb id, as other resources link to them.
	 * @throws PersonNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public PersonRef require(ResourceId id) {
		return PersonRef.of(PersonDirectory.find(this.repository, id));
	}

	/**
	 * The stored person a document reference names, created when there is none yet (see
	 * {@link PersonRefInput} for the matching rule).
	 */
	@Transactional
	public Person resolve(PersonRefInput ref) {
		if (ref.imdbId() != null) {
			return this.repository.findByImdbId(ref.imdbId())
				.orElseGet(() -> this.repository.save(new Person(ref.imdbId(), ref.name())));
		}
		return this.repository.findWithoutImdbIdByName(ref.name())
			.stream()
			.findFirst()
			.orElseGet(() -> this.repository.save(new Person(null, ref.name())));
	}

}
