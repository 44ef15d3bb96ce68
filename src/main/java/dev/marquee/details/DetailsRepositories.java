package dev.marquee.details;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FilmingLocationRepository extends JpaRepository<FilmingLocation, Long> {

	@Query("select l from FilmingLocation l where l.film = :film and l.id = :id")
	Optional<FilmingLocation> findItem(Film film, long id);

	@Query("select coalesce(max(l.position), 0) from FilmingLocation l where l.film = :film")
	int lastPosition(Film film);

	@Modifying
	@Query("delete from FilmingLocation l where l.film = :film")
	void deleteByFilm(Film film);

}

interface AlternateTitleRepository extends JpaRepository<AlternateTitle, Long> {

	@Query("select a from AlternateTitle a where a.film = :film and a.id = :id")
	Optional<AlternateTitle> findItem(Film film, long id);

	@Modifying
	@Query("delete from AlternateTitle a where a.film = :film")
	void deleteByFilm(Film film);

}

interface ReleaseDateRepository extends JpaRepository<ReleaseDate, Long> {

	@Query("select r from ReleaseDate r where r.film = :film and r.id = :id")
	Optional<ReleaseDate> findItem(Film film, long id);

	@Modifying
	@Query("delete from ReleaseDate r where r.film = :film")
	void deleteByFilm(Film film);

}
