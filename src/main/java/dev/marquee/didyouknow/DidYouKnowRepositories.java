package dev.marquee.didyouknow;

import java.util.List;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TriviaRepository extends JpaRepository<Trivia, Long> {

	@Query("select t from Trivia t where t.film = :film order by t.id")
	List<Trivia> findByFilm(Film film);

	@Modifying
	@Query("delete from Trivia t where t.film = :film")
	void deleteByFilm(Film film);

}

interface GoofRepository extends JpaRepository<Goof, Long> {

	@Query("select g from Goof g where g.film = :film order by g.id")
	List<Goof> findByFilm(Film film);

	@Modifying
	@Query("delete from Goof g where g.film = :film")
	void deleteByFilm(Film film);

}

interface CrazyCreditRepository extends JpaRepository<CrazyCredit, Long> {

	@Query("select c from CrazyCredit c where c.film = :film order by c.id")
	List<CrazyCredit> findByFilm(Film film);

	@Modifying
	@Query("delete from CrazyCredit c where c.film = :film")
	void deleteByFilm(Film film);

}

interface ConnectionRepository extends JpaRepository<Connection, Long> {

	@Query("select c from Connection c where c.film = :film order by c.id")
	List<Connection> findByFilm(Film film);

	@Modifying
	@Query("delete from Connection c where c.film = :film")
	void deleteByFilm(Film film);

}
