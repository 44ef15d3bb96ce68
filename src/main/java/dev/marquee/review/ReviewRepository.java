package dev.marquee.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Reviews, with one keyset page query per {@link ReviewSort}. Every sort is descending
 * with ties broken by ascending id, so "after (k, id)" reads
 * {@code k < :k or (k = :k and id > :id)}; spoilers=false leaves spoiler reviews out.
 */
interface ReviewRepository extends JpaRepository<Review, Long> {

	@Query("select r from Review r where r.film = :film order by r.helpfulVotes desc, r.id")
	List<Review> findByFilmMostHelpfulFirst(Film film);

	/**
	 * Most helpful first; (Integer.MAX_VALUE, 0) is before the first review.
	 */
	@Query("""
			select r from Review r where r.film = :film and (:spoilers = true or r.spoiler = false)
			and (r.helpfulVotes < :afterVotes or (r.helpfulVotes = :afterVotes and r.id > :afterId))
			order by r.helpfulVotes desc, r.id""")
	List<Review> findMostHelpful(Film film, boolean spoilers, int afterVotes, long afterId, Limit limit);

	@Query("""
			select r from Review r where r.film = :film and (:spoilers = true or r.spoiler = false)
			order by r.publishedOn desc, r.id""")
	List<Review> findNewest(Film film, boolean spoilers, Limit limit);

	@Query("""
			select r from Review r where r.film = :film and (:spoilers = true or r.spoiler = false)
			and (r.publishedOn < :afterDate or (r.publishedOn = :afterDate and r.id > :afterId))
			order by r.publishedOn desc, r.id""")
	List<Review> findNewest(Film film, boolean spoilers, LocalDate afterDate, long afterId, Limit limit);

	/**
	 * Highest rated first, unrated (counted as 0) last; (11, 0) is before the first
	 * review.
	 */
	@Query("""
			select r from Review r where r.film = :film and (:spoilers = true or r.spoiler = false)
			and (coalesce(r.rating, 0) < :afterRating or (coalesce(r.rating, 0) = :afterRating and r.id > :afterId))
			order by coalesce(r.rating, 0) desc, r.id""")
	List<Review> findHighestRated(Film film, boolean spoilers, int afterRating, long afterId, Limit limit);

	@Query("select r from Review r where r.film = :film and r.id = :id")
	Optional<Review> findItem(Film film, long id);

	@Modifying
	@Query("delete from Review r where r.film = :film")
	void deleteByFilm(Film film);

}
