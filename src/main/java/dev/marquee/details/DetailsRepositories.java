package dev.marquee.details;

import java.util.List;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FilmingLocationRepository extends JpaRepository<FilmingLocation, Long> {

	@Query("select l from FilmingLocation l where l.film = :film order by l.position, l.id")
	List<FilmingLocation> findByFilm(Film film);

	@Modifying
	@Query("delete from FilmingLocation l where l.film = :film")
	void deleteByFilm(Film film);

}

interface AlternateTitleRepository extends JpaRepository<AlternateTitle, Long> {

	@Query("select a from AlternateTitle a where a.film = :film order by a.id")
	List<AlternateTitle> findByFilm(Film film);

	@Modifying
	@Query("delete from AlternateTitle a where a.film = :film")
	void deleteByFilm(Film film);

}

interface ReleaseDateRepository extends JpaRepository<ReleaseDate, Long> {

	@Query("select r from ReleaseDate r where r.film = :film order by r.date, r.id")
	List<ReleaseDate> findByFilm(Film film);

	@Modifying
	@Query("delete from ReleaseDate r where r.film = :film")
	void deleteByFilm(Film film);

}
