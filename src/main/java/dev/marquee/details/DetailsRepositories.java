package dev.marquee.details;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FilmingLocationRepository extends JpaRepository<FilmingLocation, Long> {

	@Query("select l from FilmingLocation l where l.film = :film order by l.position, l.id")
	List<FilmingLocation> findByFilm(Film film);

	/**
	 * A page in the order given, after the location at (afterPosition, afterId).
	 */
	@Query("""
			select l from FilmingLocation l where l.film = :film and (l.position, l.id) > (:afterPosition, :afterId)
			order by l.position, l.id""")
	List<FilmingLocation> findPage(Film film, int afterPosition, long afterId, Limit limit);

	@Query("select l from FilmingLocation l where l.film = :film and l.id = :id")
	Optional<FilmingLocation> findItem(Film film, long id);

	@Query("select coalesce(max(l.position), 0) from FilmingLocation l where l.film = :film")
	int lastPosition(Film film);

	@Modifying
	@Query("delete from FilmingLocation l where l.film = :film")
	void deleteByFilm(Film film);

}

interface AlternateTitleRepository extends JpaRepository<AlternateTitle, Long> {

	@Query("select a from AlternateTitle a where a.film = :film order by a.id")
	List<AlternateTitle> findByFilm(Film film);

	@Query("select a from AlternateTitle a where a.film = :film and a.id > :afterId order by a.id")
	List<AlternateTitle> findPage(Film film, long afterId, Limit limit);

	@Query("select a from AlternateTitle a where a.film = :film and a.id = :id")
	Optional<AlternateTitle> findItem(Film film, long id);

	@Modifying
	@Query("delete from AlternateTitle a where a.film = :film")
	void deleteByFilm(Film film);

}

interface ReleaseDateRepository extends JpaRepository<ReleaseDate, Long> {

	@Query("select r from ReleaseDate r where r.film = :film order by r.date, r.id")
	List<ReleaseDate> findByFilm(Film film);

	@Query("select r from ReleaseDate r where r.film = :film order by r.date, r.id")
	List<ReleaseDate> findFirstPage(Film film, Limit limit);

	@Query("""
			select r from ReleaseDate r where r.film = :film and (r.date, r.id) > (:afterDate, :afterId)
			order by r.date, r.id""")
	List<ReleaseDate> findPage(Film film, LocalDate afterDate, long afterId, Limit limit);

	@Query("select r from ReleaseDate r where r.film = :film and r.id = :id")
	Optional<ReleaseDate> findItem(Film film, long id);

	@Modifying
	@Query("delete from ReleaseDate r where r.film = :film")
	void deleteByFilm(Film film);

}
