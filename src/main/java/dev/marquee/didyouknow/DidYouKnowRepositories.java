package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TriviaRepository extends JpaRepository<Trivia, Long> {

	@Query("select t from Trivia t where t.film = :film and t.id = :id")
	Optional<Trivia> findItem(Film film, long id);

	@Modifying
	@Query("delete from Trivia t where t.film = :film")
	void deleteByFilm(Film film);

}

interface GoofRepository extends JpaRepository<Goof, Long> {

	@Query("select g from Goof g where g.film = :film and g.id = :id")
	Optional<Goof> findItem(Film film, long id);

	@Modifying
	@Query("delete from Goof g where g.film = :film")
	void deleteByFilm(Film film);

}

interface CrazyCreditRepository extends JpaRepository<CrazyCredit, Long> {

	@Query("select c from CrazyCredit c where c.film = :film and c.id = :id")
	Optional<CrazyCredit> findItem(Film film, long id);

	@Modifying
	@Query("delete from CrazyCredit c where c.film = :film")
	void deleteByFilm(Film film);

}

interface ConnectionRepository extends JpaRepository<Connection, Long> {

	@Query("select c from Connection c where c.film = :film and c.id = :id")
	Optional<Connection> findItem(Film film, long id);

	@Modifying
	@Query("delete from Connection c where c.film = :film")
	void deleteByFilm(Film film);

}
