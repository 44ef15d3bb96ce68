package dev.marquee.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByImdbId(String imdbId);

	/**
	 * The first person without an IMDb id whose name, in Unicode NFC, is this one (in
	 * NFC).
	 */
	@Query(value = "SELECT * FROM person WHERE imdb_id IS NULL AND normalize(name, NFC) = :name ORDER BY id LIMIT 1",
			nativeQuery = true)
	Optional<Person> findWithoutImdbIdByName(String name);

	@Query(value = "SELECT imdb_id FROM person WHERE imdb_id IN (:imdbIds)", nativeQuery = true)
	List<String> storedImdbIds(Collection<String> imdbIds);

	/**
	 * Which of these names (in NFC) people without an IMDb id have.
	 */
	@Query(value = "SELECT normalize(name, NFC) FROM person WHERE imdb_id IS NULL AND normalize(name, NFC) IN (:names)",
			nativeQuery = true)
	List<String> storedNames(Collection<String> names);

}
