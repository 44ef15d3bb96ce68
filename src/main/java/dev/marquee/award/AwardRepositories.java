package dev.marquee.award;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AwardNominationRepository extends JpaRepository<AwardNomination, Long> {

	/**
	 * The film's nomination with this id, its nominees and their people fetched with it.
	 */
	@Query("""
			select n from AwardNomination n left join fetch n.nominees m left join fetch m.person
			where n.film = :film and n.id = :id""")
	Optional<AwardNomination> findItem(Film film, long id);

	@Modifying
	@Query("delete from AwardNomination n where n.film = :film")
	void deleteByFilm(Film film);

}

interface AwardNomineeRepository extends JpaRepository<AwardNominee, Long> {

	@Modifying
	@Query("delete from AwardNominee n where n.nomination in (select a from AwardNomination a where a.film = :film)")
	void deleteByFilm(Film film);

}

interface AwardSummaryRepository extends JpaRepository<AwardSummary, Long> {

	@Query("select s from AwardSummary s where s.film = :film")
	Optional<AwardSummary> findByFilm(Film film);

	@Modifying
	@Query("delete from AwardSummary s where s.film = :film")
	void deleteByFilm(Film film);

}
