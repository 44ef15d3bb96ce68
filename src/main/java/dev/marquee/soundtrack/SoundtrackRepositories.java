package dev.marquee.soundtrack;

import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SoundtrackRepository extends JpaRepository<Soundtrack, Long> {

	/**
	 * The film's song with this id, its credit lines and their people fetched with it.
	 */
	@Query("""
			select s from Soundtrack s left join fetch s.credits c left join fetch c.person
			where s.film = :film and s.id = :id""")
	Optional<Soundtrack> findItem(Film film, long id);

	@Query("select coalesce(max(s.position), 0) from Soundtrack s where s.film = :film")
	int lastPosition(Film film);

	@Modifying
	@Query("delete from Soundtrack s where s.film = :film")
	void deleteByFilm(Film film);

}

interface SoundtrackCreditRepository extends JpaRepository<SoundtrackCredit, Long> {

	@Modifying
	@Query("delete from SoundtrackCredit c where c.soundtrack in (select s from Soundtrack s where s.film = :film)")
	void deleteByFilm(Film film);

}
