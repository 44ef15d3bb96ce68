package dev.marquee.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.support.web.ConflictException;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces, patches and deletes people, each change recorded in the feed.
 * Replacing, patching and deleting need the version read ({@code If-Match}); an IMDb id
 * belongs to one person only (409); a person who still has credits is not deleted (409
 * saying how many), because deleting them would leave those films' credits pointing at
 * nobody.
 */
@Service
@Transactional
class PersonWrites {

	private final PersonRepository repository;

	private final MergePatches patches;

	private final Changes changes;

	private final JdbcClient jdbc;

	PersonWrites(PersonRepository repository, MergePatches patches, Changes changes, JdbcClient jdbc) {
		this.repository = repository;
		this.patches = patches;
		this.changes = changes;
		this.jdbc = jdbc;
	}

	Versioned<PersonView> create(PersonInput input) {
		Person person = new Person(input.imdbId(), input.name());
		requireFree(input.imdbId(), person);
		person.update(input);
		return written(person, ChangeAction.CREATE);
	}

	Versioned<PersonView> replace(ResourceId id, PersonInput input, Preconditions preconditions) {
		Person person = require(id, preconditions);
		requireFree(input.imdbId(), person);
		person.update(input);
		return written(person, ChangeAction.UPDATE);
	}

	Versioned<PersonView> patch(ResourceId id, JsonNode patch, Preconditions preconditions) {
		Person person = require(id, preconditions);
		PersonInput patched = this.patches.apply(PersonInput.of(person), patch, PersonInput.class);
		requireFree(patched.imdbId(), person);
		person.update(patched);
		return written(person, ChangeAction.UPDATE);
	}

	void delete(ResourceId id, Preconditions preconditions) {
		Person person = require(id, preconditions);
		long personId = Objects.requireNonNull(person.getId());
		String credits = this.jdbc.sql("""
				SELECT (SELECT count(*) FROM cast_credit WHERE person_id = :id) AS "cast",
				       (SELECT count(*) FROM crew_credit WHERE person_id = :id) AS crew,
				       (SELECT count(*) FROM soundtrack_credit WHERE person_id = :id) AS soundtrack,
				       (SELECT count(*) FROM award_nominee WHERE person_id = :id) AS award
				""").param("id", personId).query((rs, row) -> {
			List<String> kinds = new ArrayList<>();
			long total = 0;
			for (String kind : List.of("cast", "crew", "soundtrack", "award")) {
				long count = rs.getLong(kind);
				total += count;
				if (count > 0) {
					kinds.add(kind + " " + count);
				}
			}
			return (total == 0) ? ""
					: total + " credit" + ((total == 1) ? "" : "s") + " (" + String.join(", ", kinds) + ")";
		}).single();
		if (!credits.isEmpty()) {
			throw ConflictException.inUse("Person " + describe(person) + " still has " + credits
					+ ": delete those credits or credit someone else first; deleting the person would leave them "
					+ "pointing at nobody");
		}
		this.repository.delete(person);
		this.repository.flush();
		this.changes.record(ChangeAction.DELETE, "person", personId, person.getImdbId());
	}

	private Person require(ResourceId id, Preconditions preconditions) {
		Person person = PersonDirectory.find(this.repository, id);
		preconditions.require(person.getVersion(), "person " + describe(person));
		return person;
	}

	/**
	 * Writes the person (the version check of a replace or patch happens here, so a
	 * concurrent write makes this one fail with 412) and records the change.
	 */
	private Versioned<PersonView> written(Person person, ChangeAction action) {
		@Nullable String imdbId = person.getImdbId();
		Person saved;
		try {
			saved = this.repository.saveAndFlush(person);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request took the IMDb id after the check above.
			if (imdbId != null && String.valueOf(ex.getMessage()).contains("person_imdb_id_key")) {
				throw taken(imdbId);
			}
			throw ex;
		}
		this.changes.record(action, "person", Objects.requireNonNull(saved.getId()), saved.getImdbId());
		return new Versioned<>(PersonView.of(saved), saved.getVersion());
	}

	/**
	 * Checks, before the person changes (a query would flush the change), that no one
	 * else has the IMDb id.
	 */
	private void requireFree(@Nullable String imdbId, Person person) {
		if (imdbId != null) {
			this.repository.findByImdbId(imdbId).filter((other) -> !other.equals(person)).ifPresent((other) -> {
				throw taken(imdbId);
			});
		}
	}

	private static ConflictException taken(String imdbId) {
		return ConflictException.taken("a person with IMDb id " + imdbId, "/api/v1/people/" + imdbId);
	}

	static String describe(Person person) {
		return (person.getImdbId() != null) ? person.getImdbId() : String.valueOf(person.getId());
	}

}
