package dev.marquee.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByImdbId(String imdbId);

	@Query("select p from Person p where p.imdbId is null and p.name = :name order by p.id")
	List<Person> findWithoutImdbIdByName(String name);

}
