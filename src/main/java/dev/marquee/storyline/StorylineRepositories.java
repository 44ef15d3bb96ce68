package dev.marquee.storyline;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaglineRepository extends JpaRepository<Tagline, Long> {

	@Query("select t from Tagline t where t.film = :film and t.id = :id")
	Optional<Tagline> findItem(Film film, long id);

	@Modifying
	@Query("delete from Tagline t where t.film = :film")
	void deleteByFilm(Film film);

}

interface CertificationRepository extends JpaRepository<Certification, Long> {

	@Query("select c from Certification c where c.film = :film and c.id = :id")
	Optional<Certification> findItem(Film film, long id);

	@Modifying
	@Query("delete from Certification c where c.film = :film")
	void deleteByFilm(Film film);

}

interface KeywordRepository extends JpaRepository<Keyword, Long> {

	Optional<Keyword> findBySlug(String slug);

}

interface FilmKeywordRepository extends JpaRepository<FilmKeyword, Long> {

	@Query("select k from FilmKeyword k where k.film = :film and k.id = :id")
	Optional<FilmKeyword> findItem(Film film, long id);

	@Query("select k from FilmKeyword k where k.film = :film and k.keyword = :keyword")
	Optional<FilmKeyword> findByFilmAndKeyword(Film film, Keyword keyword);

	@Modifying
	@Query("delete from FilmKeyword k where k.film = :film")
	void deleteByFilm(Film film);

}

interface VideoRepository extends JpaRepository<Video, Long> {

	@Query("select v from Video v where v.film = :film and v.id = :id")
	Optional<Video> findItem(Film film, long id);

	@Modifying
	@Query("delete from Video v where v.film = :film")
	void deleteByFilm(Film film);

}

interface TranslationRepository extends JpaRepository<Translation, Long> {

	@Query("select t from Translation t where t.film = :film and t.id = :id")
	Optional<Translation> findItem(Film film, long id);

	@Query("select t from Translation t where t.film = :film and t.language = :language")
	Optional<Translation> findByFilmAndLanguage(Film film, String language);

	@Modifying
	@Query("delete from Translation t where t.film = :film")
	void deleteByFilm(Film film);

}
