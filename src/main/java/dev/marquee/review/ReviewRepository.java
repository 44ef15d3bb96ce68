package dev.marquee.review;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Reviews as written; they are read by {@link ReviewRows}.
 */
interface ReviewRepository extends JpaRepository<Review, Long> {

	@Query("select r from Review r where r.film = :film and r.id = :id")
	Optional<Review> findItem(Film film, long id);

	@Modifying
	@Query("delete from Review r where r.film = :film")
	void deleteByFilm(Film film);

}
