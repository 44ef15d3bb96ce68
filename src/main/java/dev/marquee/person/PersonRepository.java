package dev.marquee.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByImdbId(String imdbId);

	/**
	 * The first person without an IMDb id whose name, in Unicode NFC, is this one (in
	 * NFC). Like the native queries below, it names the table it reads (the hint), so
	 * that it flushes only pending changes of people, not a credit being changed (which
	 * would then get two new versions in one write).
	 */
	@Query(value = "SELECT * FROM person WHERE imdb_id IS NULL AND normalize(name, NFC) = :name ORDER BY id LIMIT 1",
			nativeQuery = true)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "person"))
	Optional<Person> findWithoutImdbIdByName(String name);

	@Query(value = "SELECT imdb_id FROM person WHERE imdb_id IN (:imdbIds)", nativeQuery = true)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "person"))
	List<String> storedImdbIds(Collection<String> imdbIds);

	/**
	 * Which of these names (in NFC) people without an IMDb id have.
	 */
	@Query(value = "SELECT normalize(name, NFC) FROM person WHERE imdb_id IS NULL AND normalize(name, NFC) IN (:names)",
			nativeQuery = true)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "person"))
	List<String> storedNames(Collection<String> names);

}
