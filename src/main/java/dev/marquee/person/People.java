package dev.marquee.person;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.support.db.NaturalKey;
import dev.marquee.support.db.NaturalKeyLocks;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person feature offers the others: finding a person by either id, and turning a
 * reference in a film document into a stored person, never creating the same person
 * twice, however many writers name them at once.
 */
@Service
public class People {

	private final PersonRepository repository;

	private final Changes changes;

	private final NaturalKeyLocks locks;

	People(PersonRepository repository, Changes changes, NaturalKeyLocks locks) {
		this.repository = repository;
		this.changes = changes;
		this.locks = locks;
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
	 * {@link PersonRefInput} for the matching rule; names are compared, and stored, in
	 * Unicode NFC, so that the composed and decomposed spellings of a name are one
	 * person); a person created is recorded in the change feed. Before creating, the
	 * reference's {@link #key key} is locked until the transaction ends and the person
	 * looked for again, so that concurrent writers naming the same new person create it
	 * once; people who exist are found without a lock.
	 */
	@Transactional
	public Person resolve(PersonRefInput ref) {
		return find(ref).orElseGet(() -> {
			this.locks.lock(List.of(key(ref)));
			return find(ref).orElseGet(() -> create(ref.imdbId(), nfc(ref.name())));
		});
	}

	/**
	 * Resolves the references of one write: locks the keys of all those that match no one
	 * yet first, in the one order every writer uses, so that writes naming the same new
	 * people in different orders take turns instead of deadlocking.
	 * @return {@link #resolve}
	 */
	@Transactional
	public Function<PersonRefInput, Person> resolver(Collection<PersonRefInput> refs) {
		this.locks.lock(unmatched(refs));
		return this::resolve;
	}

	/**
	 * The {@link #key keys} of the references that match no stored person: those a write
	 * would create, and must lock (see {@link NaturalKeyLocks}).
	 */
	@Transactional(readOnly = true)
	public List<NaturalKey> unmatched(Collection<PersonRefInput> refs) {
		List<String> wantedImdbIds = refs.stream().map(PersonRefInput::imdbId).filter(Objects::nonNull).toList();
		List<String> wantedNames = refs.stream()
			.filter((ref) -> ref.imdbId() == null)
			.map((ref) -> nfc(ref.name()))
			.toList();
		Set<String> imdbIds = wantedImdbIds.isEmpty() ? Set.of()
				: new HashSet<>(this.repository.storedImdbIds(wantedImdbIds));
		Set<String> names = wantedNames.isEmpty() ? Set.of() : new HashSet<>(this.repository.storedNames(wantedNames));
		return refs.stream()
			.filter((ref) -> (ref.imdbId() != null) ? !imdbIds.contains(ref.imdbId())
					: !names.contains(nfc(ref.name())))
			.map(People::key)
			.toList();
	}

	/**
	 * What a reference is matched by: the IMDb id when it has one, else the name in NFC.
	 */
	private static NaturalKey key(PersonRefInput ref) {
		return (ref.imdbId() != null) ? new NaturalKey("person-imdb-id", ref.imdbId())
				: new NaturalKey("person-name", nfc(ref.name()));
	}

	private Optional<Person> find(PersonRefInput ref) {
		return (ref.imdbId() != null) ? this.repository.findByImdbId(ref.imdbId())
				: this.repository.findWithoutImdbIdByName(nfc(ref.name()));
	}

	private static String nfc(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC);
	}

	private Person create(@Nullable String imdbId, String name) {
		Person person = this.repository.save(new Person(imdbId, name));
		this.changes.record(ChangeAction.CREATE, "person", Objects.requireNonNull(person.getId()), imdbId);
		return person;
	}

}
