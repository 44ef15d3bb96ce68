package dev.marquee.boxoffice;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BoxOfficeRepository extends JpaRepository<BoxOffice, Long> {

	@Query("select b from BoxOffice b where b.film = :film")
	Optional<BoxOffice> findByFilm(Film film);

	@Modifying
	@Query("delete from BoxOffice b where b.film = :film")
	void deleteByFilm(Film film);

}
