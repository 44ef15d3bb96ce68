package dev.marquee.review;

import java.util.List;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

	@Query("select r from Review r where r.film = :film order by r.helpfulVotes desc, r.id")
	List<Review> findByFilmMostHelpfulFirst(Film film);

	@Modifying
	@Query("delete from Review r where r.film = :film")
	void deleteByFilm(Film film);

}
