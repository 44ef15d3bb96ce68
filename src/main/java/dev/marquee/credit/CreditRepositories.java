package dev.marquee.credit;

import java.util.List;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CastCreditRepository extends JpaRepository<CastCredit, Long> {

	@Query("select c from CastCredit c join fetch c.person where c.film = :film order by c.billingOrder, c.id")
	List<CastCredit> findByFilm(Film film);

	@Modifying
	@Query("delete from CastCredit c where c.film = :film")
	void deleteByFilm(Film film);

}

interface CrewCreditRepository extends JpaRepository<CrewCredit, Long> {

	@Query("select c from CrewCredit c join fetch c.person where c.film = :film order by c.position, c.id")
	List<CrewCredit> findByFilm(Film film);

	@Modifying
	@Query("delete from CrewCredit c where c.film = :film")
	void deleteByFilm(Film film);

}
