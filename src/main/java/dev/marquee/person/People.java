package dev.marquee.person;

import java.util.Objects;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

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

	private final Changes changes;

	People(PersonRepository repository, Changes changes) {
		this.repository = repository;
		this.changes = changes;
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
	 * {@link PersonRefInput} for the matching rule); a person created is recorded in the
	 * change feed.
	 */
	@Transactional
	public Person resolve(PersonRefInput ref) {
		if (ref.imdbId() != null) {
			return this.repository.findByImdbId(ref.imdbId()).orElseGet(() -> create(ref.imdbId(), ref.name()));
		}
		return this.repository.findWithoutImdbIdByName(ref.name())
			.stream()
			.findFirst()
			.orElseGet(() -> create(null, ref.name()));
	}

	private Person create(@Nullable String imdbId, String name) {
		Person person = this.repository.save(new Person(imdbId, name));
		this.changes.record(ChangeAction.CREATE, "person", Objects.requireNonNull(person.getId()), imdbId);
		return person;
	}

}
