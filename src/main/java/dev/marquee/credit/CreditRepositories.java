package dev.marquee.credit;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CastCreditRepository extends JpaRepository<CastCredit, Long> {

	@Query("select c from CastCredit c join fetch c.person where c.film = :film and c.id = :id")
	Optional<CastCredit> findItem(Film film, long id);

	@Modifying
	@Query("delete from CastCredit c where c.film = :film")
	void deleteByFilm(Film film);

}

interface CrewCreditRepository extends JpaRepository<CrewCredit, Long> {

	@Query("select c from CrewCredit c join fetch c.person where c.film = :film and c.id = :id")
	Optional<CrewCredit> findItem(Film film, long id);

	@Query("select coalesce(max(c.position), 0) from CrewCredit c where c.film = :film and c.department = :department")
	int lastPosition(Film film, Department department);

	@Modifying
	@Query("delete from CrewCredit c where c.film = :film")
	void deleteByFilm(Film film);

}
